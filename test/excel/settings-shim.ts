// Kept for the files that import it (test/hardening, test/e2e): the emulator now has
// `workbook.settings` itself (test/emulator/api-settings.ts), so installing is a no-op.
export function installSettingsShim(): void {
  // Nothing to install any more.
}
