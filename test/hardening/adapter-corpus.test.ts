// The hardening corpus through the Excel adapter on the emulator.
// JSON cases take the task pane's path: Blob.text(), parseGoalStructureText, then applyLoad,
// validate, refreshSummary and a second applyLoad (a merge). Workbook cases load the base structure,
// let an official edit the workbook, then run the adapter's commands in order. Every case checks:
// no crash (only AddinErrors, no unhandled rejection), no formula made from text, and no change to
// a cell the official owns.
import { parseGoalStructureText, type GoalStructure, type Lang } from "../../src/domain";
import { GOAL_TABLE } from "../../src/plan";
import { AddinError, type ValidationResult } from "../../src/excel/service";
import { t } from "../../src/i18n";
import { JSON_CASES, WORKBOOK_CASES, type JsonCase, type Step, type WorkbookCase } from "../corpus/cases";
import { baseStructure } from "../corpus/base";
import { caseBytes } from "./cli";
import {
  describeError,
  goalIds,
  harness,
  loadedHarness,
  outcome,
  trackUnhandled,
  type Harness,
} from "./adapter";
import {
  allFormulas,
  applyEdit,
  changedOwned,
  foreignFormulasIn,
  goalCellAddress,
  keyOfHeader,
  ownedCells,
  sheetName,
} from "./emulator-edits";
import { missingFragments, showText } from "./invariants";
import { normaliseHeader } from "../../src/plan";

const unhandled = trackUnhandled();
afterAll(() => unhandled.stop());
afterEach(() => {
  expect(unhandled.list.map(describeError)).toEqual([]);
});

const PANE_MAX_ERRORS = 20;

/** The lines the task pane shows for a rejected file (LoadSection: path and message per error). */
function paneLines(errors: { path: string; message: { sv: string; en: string } }[], lang: Lang): string {
  const lines = errors.slice(0, PANE_MAX_ERRORS).map((e) => `${e.path}: ${e.message[lang]}`);
  if (errors.length > PANE_MAX_ERRORS)
    lines.push(t(lang, "domain.structure.moreErrors", { count: errors.length - PANE_MAX_ERRORS }));
  return lines.join("\n");
}

function expectFragments(text: string, fragments: readonly string[] | undefined, label: string): void {
  expect({ label, missing: missingFragments(text, fragments ?? []) }).toEqual({ label, missing: [] });
}

function issueCodes(v: ValidationResult): string[] {
  return v.issues.map((i) => i.code).sort();
}

/** The exact text of a goal-table cell, and that it holds no formula. */
function expectTextCell(
  h: Harness,
  goal: string,
  column: Parameters<typeof goalCellAddress>[2],
  text: string,
): void {
  const { sheet, address } = goalCellAddress(h.emu, { goal }, column);
  const d = h.emu.workbook.cell(sheet, address);
  expect({ goal, column, value: showText(d.value), formula: d.formula }).toEqual({
    goal,
    column,
    value: showText(text),
    formula: undefined,
  });
}

async function runJsonCase(c: JsonCase): Promise<void> {
  const e = c.expect;
  // What the task pane does with a picked file.
  const text = await new Blob([new Uint8Array(caseBytes(c))]).text();
  const parsed = parseGoalStructureText(text);
  const outcomeInPane = e.paneOutcome ?? e.outcome;
  if (outcomeInPane === "rejected") {
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    for (const lang of ["sv", "en"] as const) {
      const lines = paneLines(parsed.errors, lang);
      expectFragments(lines, e.messages?.[lang], `pane (${lang})`);
      expectFragments(lines, e.paneMessages?.[lang], `pane only (${lang})`);
    }
    return;
  }
  expect(parsed.ok ? "parsed" : parsed.errors.map((x) => x.message.en)).toBe("parsed");
  if (!parsed.ok) return;
  const structure: GoalStructure = parsed.structure;
  const h = harness();
  const before = h.emu.workbook.dump();

  const load = await outcome(h.service.applyLoad(structure, "sv"));
  if (e.writeRefused) {
    // Refused before anything was written, with the reason in both languages.
    expect(load.ok).toBe(false);
    if (load.ok) return;
    expect(describeError(load.error)).toMatchObject({ addin: true, state: "unchanged" });
    const err = load.error as AddinError;
    expectFragments(err.messages.sv, e.writeRefused.sv, "applyLoad refusal (sv)");
    expectFragments(err.messages.en, e.writeRefused.en, "applyLoad refusal (en)");
    expect(h.emu.workbook.dump()).toEqual(before);
    return;
  }
  expect(load.ok ? "loaded" : describeError(load.error)).toBe("loaded");
  for (const cell of e.cells ?? []) expectTextCell(h, cell.goal, cell.column, cell.text);
  expect(foreignFormulasIn(h.emu)).toEqual([]);

  const validation = await outcome(h.service.validate());
  expect(validation.ok ? "validated" : describeError(validation.error)).toBe("validated");
  if (validation.ok) {
    expect(issueCodes(validation.value)).toEqual([...(e.issues ?? [])].sort());
    const messages = validation.value.issues.map((i) => i.message);
    expectFragments(messages.map((m) => m.sv).join("\n"), e.messages?.sv, "validate (sv)");
    expectFragments(messages.map((m) => m.en).join("\n"), e.messages?.en, "validate (en)");
  }
  const summary = await outcome(h.service.refreshSummary("sv"));
  expect(summary.ok ? "refreshed" : describeError(summary.error)).toBe("refreshed");
  expect(foreignFormulasIn(h.emu)).toEqual([]);

  // Loading the same structure again changes nothing.
  const goalsBefore = h.emu.workbook.table(GOAL_TABLE);
  const again = await outcome(h.service.applyLoad(structure, "sv"));
  expect(again.ok ? "merged" : describeError(again.error)).toBe("merged");
  expect(h.emu.workbook.table(GOAL_TABLE)).toEqual(goalsBefore);
  for (const cell of e.cells ?? []) expectTextCell(h, cell.goal, cell.column, cell.text);

  // An official assesses a goal and comments; loading the structure again keeps their cells.
  await applyEdit(h.emu, { op: "setCell", at: { goal: "SOC-1.02" }, column: "status", value: "grön" }, "sv");
  await applyEdit(
    h.emu,
    { op: "setCell", at: { goal: "SOC-1.02" }, column: "comment", value: "=1+1 enligt tjänsteperson" },
    "sv",
  );
  const addinSheets = [sheetName("summary", "sv"), sheetName("structure", "sv")];
  const owned = ownedCells(h.emu, goalIds(structure), [], addinSheets);
  const reload = await outcome(h.service.applyLoad(structure, "sv"));
  expect(reload.ok ? "merged" : describeError(reload.error)).toBe("merged");
  expect(changedOwned(owned, ownedCells(h.emu, goalIds(structure), [], addinSheets))).toEqual([]);
  expect(foreignFormulasIn(h.emu)).toEqual([]);
}

/** The snapshot key of a goal's cell (see ownedCells). */
function ownedKey(h: Harness, goal: string, column: Parameters<typeof goalCellAddress>[2]): string {
  const info = h.emu.workbook.table(GOAL_TABLE);
  const header = info?.headers.find((x) => keyOfHeader(x) === column) ?? column;
  return `goal:${goal.toLowerCase()}|${normaliseHeader(header)}`;
}

async function runStep(h: Harness, step: Step, lang: Lang): Promise<Set<string>> {
  const allowed = new Set<string>();
  const expectError = async (p: Promise<unknown>, code: string | undefined): Promise<unknown> => {
    const r = await outcome(p);
    if (code !== undefined) {
      expect({ step: step.op, outcome: r.ok ? "succeeded" : describeError(r.error) }).toMatchObject({
        step: step.op,
        outcome: { addin: true, code, state: "unchanged" },
      });
      const err = r.ok ? null : (r.error as AddinError);
      if (err) {
        expectFragments(err.messages.sv, step.messages?.sv, `${step.op} error (sv)`);
        expectFragments(err.messages.en, step.messages?.en, `${step.op} error (en)`);
      }
      return null;
    }
    expect({ step: step.op, outcome: r.ok ? "succeeded" : describeError(r.error) }).toEqual({
      step: step.op,
      outcome: "succeeded",
    });
    return r.ok ? r.value : null;
  };
  switch (step.op) {
    case "validate": {
      const v = (await expectError(h.service.validate(), step.error)) as ValidationResult | null;
      if (v) {
        if (step.issues) expect({ issues: issueCodes(v) }).toEqual({ issues: [...step.issues].sort() });
        if (step.goals !== undefined) expect({ goals: v.goals }).toEqual({ goals: step.goals });
        expectFragments(v.issues.map((i) => i.message.sv).join("\n"), step.messages?.sv, "validate (sv)");
        expectFragments(v.issues.map((i) => i.message.en).join("\n"), step.messages?.en, "validate (en)");
      }
      break;
    }
    case "refreshSummary": {
      const r = (await expectError(h.service.refreshSummary(lang), step.error)) as {
        summary: { total: { total: number } };
      } | null;
      if (r && step.total !== undefined)
        expect({ total: r.summary.total.total }).toEqual({ total: step.total });
      break;
    }
    case "applyLoad": {
      const s = step.structure ? step.structure() : baseStructure();
      const r = (await expectError(h.service.applyLoad(s, lang), step.error)) as { mode: string } | null;
      if (r && step.mode) expect({ mode: r.mode }).toEqual({ mode: step.mode });
      break;
    }
    case "fixAll": {
      for (const c of step.changes ?? []) allowed.add(ownedKey(h, (c.at as { goal: string }).goal, c.column));
      const r = (await expectError(h.service.fixAll(), step.error)) as { fixed: number } | null;
      if (r && step.fixed !== undefined) expect({ fixed: r.fixed }).toEqual({ fixed: step.fixed });
      if (r)
        for (const c of step.changes ?? []) {
          const { sheet, address } = goalCellAddress(h.emu, c.at, c.column);
          expect({ cell: `${sheet}!${address}`, value: h.emu.workbook.cell(sheet, address).value }).toEqual({
            cell: `${sheet}!${address}`,
            value: c.to,
          });
        }
      break;
    }
  }
  return allowed;
}

async function runWorkbookCase(c: WorkbookCase): Promise<void> {
  const lang = c.input.lang ?? "sv";
  const structure = c.input.structure ? c.input.structure() : baseStructure();
  const h = await loadedHarness(structure, lang);
  const extra: { sheet: string; address: string }[] = [];
  for (const edit of c.input.edits) {
    await applyEdit(h.emu, edit, lang);
    if (edit.op === "setOutside")
      extra.push({ sheet: h.emu.workbook.table(GOAL_TABLE)?.sheet ?? "", address: edit.address });
  }
  const addinSheets = [sheetName("summary", lang), sheetName("structure", lang)];
  const ids = goalIds(structure);
  let owned = ownedCells(h.emu, ids, extra, addinSheets);
  const userFormulas = allFormulas(h.emu);
  for (const step of c.expect.steps) {
    const allowed = await runStep(h, step, lang);
    const after = ownedCells(h.emu, ids, extra, addinSheets);
    expect({ step: step.op, changed: changedOwned(owned, after, allowed) }).toEqual({
      step: step.op,
      changed: [],
    });
    expect({ step: step.op, foreign: foreignFormulasIn(h.emu, userFormulas) }).toEqual({
      step: step.op,
      foreign: [],
    });
    owned = after;
  }
}

describe("the JSON corpus through the task pane's path and the Excel adapter", () => {
  it.each(JSON_CASES.map((c) => [c.id, c] as const))(
    "%s",
    async (_id, c) => {
      await runJsonCase(c);
    },
    600_000,
  );
});

describe("the workbook corpus through the Excel adapter", () => {
  it.each(WORKBOOK_CASES.map((c) => [c.id, c] as const))(
    "%s",
    async (_id, c) => {
      await runWorkbookCase(c);
    },
    600_000,
  );
});
