// Where the task pane is running, decided in one place. Office.js tells us through Office.onReady:
// inside Excel it resolves with host "Excel"; opened in a plain browser (office.js loaded but no
// Office around it) it resolves with host null; and when office.js itself did not load (offline,
// blocked) there is no `Office` global at all. The pane renders only after this has settled.

/** The part of the Office namespace host detection needs; tests pass a fake. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context?: { displayLanguage?: string };
}

export type HostState =
  | { kind: "excel"; platform: string | null; displayLanguage: string | null }
  | { kind: "other-host"; host: string }
  | { kind: "no-office" };

/** How long to wait for Office.onReady before deciding there is no Office host. */
export const ON_READY_TIMEOUT_MS = 10_000;

/** The Office global if office.js has loaded, else undefined (never throws). */
export function officeGlobal(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
}

/**
 * Waits for Office.onReady and classifies the host. A host that never answers (office.js loaded in
 * a frame Office does not control) counts as "no-office" after `timeoutMs`, so the pane still
 * explains itself instead of staying blank.
 */
export async function detectHost(
  office: OfficeLike | undefined = officeGlobal(),
  timeoutMs: number = ON_READY_TIMEOUT_MS,
): Promise<HostState> {
  if (!office) return { kind: "no-office" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (!info || info.host === null || info.host === undefined) return { kind: "no-office" };
    const host = String(info.host);
    if (host !== "Excel") return { kind: "other-host", host };
    return {
      kind: "excel",
      platform: info.platform === null || info.platform === undefined ? null : String(info.platform),
      displayLanguage: office.context?.displayLanguage ?? null,
    };
  } catch {
    return { kind: "no-office" };
  } finally {
    clearTimeout(timer);
  }
}
