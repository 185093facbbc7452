// What the e2e suites do on the pane's page and read from the emulated workbook
// (window.__emulator.workbook), shared so each suite says only what it checks.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** A table as the emulator reports it (window.__emulator.workbook.table()). */
export interface TableInfo {
  name: string;
  sheet: string;
  address: string;
  headers: string[];
  rows: (string | number | boolean)[][];
}

interface EmulatedWorkbook {
  table(name: string): unknown;
  typeValues(sheet: string, address: string, values: unknown[][]): void;
  select(sheet: string, address: string): void;
  selection: string;
  sheetNames(): string[];
}

/** The table `name` of the emulated workbook, or undefined when there is none. */
export const table = (page: Page, name: string): Promise<TableInfo | undefined> =>
  page.evaluate((n) => {
    const w = window as unknown as { __emulator: { workbook: EmulatedWorkbook } };
    return w.__emulator.workbook.table(n) as TableInfo | undefined;
  }, name);

/**
 * Types a value (or a block of values) into the emulated workbook, as a person or a co-author
 * would: typed text bypasses Excel's list validation, as pasted text does.
 */
export async function typeInto(
  page: Page,
  sheet: string,
  address: string,
  values: string | string[][],
): Promise<void> {
  await page.evaluate(
    ([s, a, v]) => {
      const w = window as unknown as { __emulator: { workbook: EmulatedWorkbook } };
      w.__emulator.workbook.typeValues(s, a, v);
    },
    [sheet, address, typeof values === "string" ? [[values]] : values] as const,
  );
}

/** Selects cells in the emulated Excel, as a click would (the selection event fires). */
export async function select(page: Page, sheet: string, address: string): Promise<void> {
  await page.evaluate(
    ([s, a]) => {
      const w = window as unknown as { __emulator: { workbook: EmulatedWorkbook } };
      w.__emulator.workbook.select(s, a);
    },
    [sheet, address],
  );
}

/** The emulated Excel's selection, e.g. "Mål!G5". */
export const selection = (page: Page): Promise<string> =>
  page.evaluate(
    () => (window as unknown as { __emulator: { workbook: EmulatedWorkbook } }).__emulator.workbook.selection,
  );

export const sheetNames = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    (window as unknown as { __emulator: { workbook: EmulatedWorkbook } }).__emulator.workbook.sheetNames(),
  );

function columnLetters(n: number): string {
  let out = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** The cell of body row `row` (0-based) and column `header` of a table, e.g. "G5". */
export function cellOf(info: TableInfo, header: string, row: number): string {
  const m = /^(?:'?(.+?)'?!)?\$?([A-Z]+)\$?(\d+)/.exec(info.address);
  if (!m) throw new Error(`unexpected table address ${info.address}`);
  const col = info.headers.indexOf(header);
  if (col < 0) throw new Error(`no column ${header} in ${info.headers.join(", ")}`);
  const first = m[2].split("").reduce((x, ch) => x * 26 + ch.charCodeAt(0) - 64, 0);
  return `${columnLetters(first + col)}${Number(m[3]) + 1 + row}`;
}

/** axe-core's serious and critical violations on the page, each named with where it is. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
}

/** The page's widths: it overflows horizontally when scrollWidth exceeds clientWidth. */
export const pageWidths = (page: Page): Promise<{ scrollWidth: number; clientWidth: number }> =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));

/**
 * Moves focus with Tab (at most `max` presses) until the focused element's name matches: its
 * aria-label, else its text; with `labels`, a form control's <label> before its text.
 */
export async function tabTo(
  page: Page,
  name: RegExp,
  { max = 80, labels = false }: { max?: number; labels?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate((withLabels) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const own = (el as HTMLInputElement).labels;
      const label = withLabels && own && own.length > 0 ? own[0].innerText : "";
      return (el.getAttribute("aria-label") ?? (label || el.innerText) ?? "").trim();
    }, labels);
    if (name.test(text)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Waits for the pane, then loads the bundled structure with the keyboard (preview, apply). */
export async function loadBundledByKeyboard(page: Page, max = 80): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Måluppföljning" }).waitFor();
  await tabTo(page, /^Förhandsgranska$/, { max });
  await page.keyboard.press("Enter");
  await page.getByTestId("load-preview").waitFor();
  await tabTo(page, /^Tillämpa$/, { max });
  await page.keyboard.press("Enter");
  await page.getByTestId("notice-load").waitFor();
}
