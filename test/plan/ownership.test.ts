// Which sheets the add-in may write, decided on plain records of what a look at the workbook
// found: no emulator, no Excel.
import { GOAL_TABLE, INFO_TABLE, PROGRAM_TABLE } from "../../src/plan";
import {
  MARKER,
  candidateSheets,
  goalTableMarker,
  looksLikeOurSummary,
  readPlan,
  resolveGoalSheet,
  resolveSheet,
  type Decision,
  type Probe,
  type SheetRead,
  type SheetRole,
  type SheetTarget,
  type TableRead,
  type WorkbookRead,
} from "../../src/plan/ownership";

interface Workbook {
  /** Sheets by name, with what the read found on each. */
  sheets?: Partial<SheetRead>[];
  tables?: string[];
  /** Sheet each marker points at; "broken" for a marker whose sheet is gone. */
  markers?: Partial<Record<SheetRole, string>>;
  goals?: Partial<TableRead>;
  info?: Partial<TableRead>;
  /** Workbook-scoped defined names besides the markers. */
  names?: string[];
}

function sheetRead(s: Partial<SheetRead>): SheetRead {
  return { name: "", protected: false, usedValues: null, usedAll: null, top: null, tables: [], ...s };
}

function tableRead(t: Partial<TableRead>): TableRead {
  return {
    sheet: "",
    topLeft: "A1",
    header: [],
    body: [],
    range: "A1:A2",
    sheetProtected: false,
    bodyAddress: "A2:A2",
    ...t,
  };
}

/** The read of a workbook, as transport.ts would hand it over. */
function workbook(w: Workbook = {}): WorkbookRead {
  const sheets = (w.sheets ?? []).map(sheetRead);
  const names = sheets.map((s) => s.name);
  const markers: Probe["markers"] = {
    goals: null,
    summary: null,
    history: null,
    structure: null,
    indicators: null,
  };
  const markerExists: Probe["markerExists"] = {
    goals: false,
    summary: false,
    history: false,
    indicators: false,
    structure: false,
  };
  for (const [role, sheet] of Object.entries(w.markers ?? {}) as [SheetRole, string][]) {
    markerExists[role] = true;
    markers[role] = names.includes(sheet) ? sheet : null;
  }
  const tables = [...(w.tables ?? []), ...(w.goals ? [GOAL_TABLE] : []), ...(w.info ? [INFO_TABLE] : [])];
  return {
    probe: {
      sheets: names.map((name) => ({ name, visibility: "Visible" })),
      tables: new Set(tables.map((t) => t.toLocaleUpperCase("sv"))),
      names: w.names ?? [],
      markers,
      markerExists,
    },
    goals: w.goals ? tableRead(w.goals) : null,
    info: w.info ? tableRead(w.info) : null,
    programs: null,
    areas: null,
    sheets: new Map(sheets.map((s) => [s.name, s])),
  };
}

function target(d: Decision<SheetTarget>): SheetTarget {
  if (!d.ok) throw new Error(`refused: ${d.refusal.messages.en}`);
  return d.value;
}

function refusal(d: Decision<SheetTarget>): { code: string; sv: string; en: string } {
  if (d.ok) throw new Error(`not refused: ${JSON.stringify(d.value)}`);
  return { code: d.refusal.code, ...d.refusal.messages };
}

/** A1:J8 of a summary sheet the CLI wrote: the title, and counts over the goal table. */
const CLI_SUMMARY_TOP = [
  ["Sammanfattning: Exempelkommun, måluppföljning 2024", "", ""],
  ["", "", ""],
  ["Program", "Antal", "Röd"],
  ["Ekonomi", `=COUNTIFS(${GOAL_TABLE}[Program],"Ekonomi")`, "=COUNTIFS(...)"],
];

describe("the summary and structure sheets", () => {
  it("are created under their names in the language of the load when the workbook has none", () => {
    const read = workbook({ sheets: [{ name: "Blad1", usedValues: "A1:B2" }] });
    expect(target(resolveSheet("summary", read, "sv"))).toEqual({
      role: "summary",
      name: "Sammanfattning",
      action: "create",
      tables: [],
      marker: "add",
      names: [],
    });
    expect(target(resolveSheet("structure", read, "en"))).toMatchObject({
      name: "Structure",
      action: "create",
    });
  });

  it("refuses a user's sheet that has the add-in's name, naming the sheet", () => {
    const read = workbook({
      sheets: [{ name: "Sammanfattning", usedValues: "A1:D9", top: [["Mina anteckningar"]] }],
    });
    const r = refusal(resolveSheet("summary", read, "sv"));
    expect(r.code).toBe("sheet-name-taken");
    expect(r.sv).toContain("Sammanfattning");
    expect(r.en).toContain("Sammanfattning");
  });

  it("finds its own summary by the defined name, whatever the sheet is called now", () => {
    // Someone renamed the add-in's summary and then made a sheet of their own by the old name.
    const read = workbook({
      sheets: [
        { name: "Översikt 2024", usedValues: "A1:J30", tables: ["Gammal"] },
        { name: "Sammanfattning", usedValues: "A1:D9", top: [["Mina anteckningar"]] },
      ],
      markers: { summary: "Översikt 2024" },
    });
    expect(target(resolveSheet("summary", read, "sv"))).toEqual({
      role: "summary",
      name: "Översikt 2024",
      action: "rewrite",
      tables: ["Gammal"],
      marker: "keep",
      names: [],
    });
  });

  it("owns the names that start with its marker, and no one else's", () => {
    const read = workbook({
      sheets: [{ name: "Sammanfattning", usedValues: "A1:J30" }],
      markers: { summary: "Sammanfattning" },
      names: [
        `${MARKER.summary}_StatusCode`,
        `${MARKER.summary.toUpperCase()}_AREA1`,
        MARKER.summary,
        `${MARKER.structure}_X`,
        "Maluppfoljning_Blad_SammanfattningX",
        "Budget",
      ],
    });
    expect(target(resolveSheet("summary", read, "sv")).names).toEqual([
      `${MARKER.summary}_StatusCode`,
      `${MARKER.summary.toUpperCase()}_AREA1`,
    ]);
    expect(target(resolveSheet("structure", read, "sv")).names).toEqual([`${MARKER.structure}_X`]);
  });

  it("adopts a summary the CLI wrote (title and counts over the goal table) and marks it", () => {
    const sheet = { name: "Sammanfattning", usedValues: "A1:J20", top: CLI_SUMMARY_TOP };
    expect(looksLikeOurSummary(sheetRead(sheet))).toBe(true);
    expect(target(resolveSheet("summary", workbook({ sheets: [sheet] }), "sv"))).toMatchObject({
      name: "Sammanfattning",
      action: "rewrite",
      marker: "add",
    });
  });

  it("does not take a sheet for a summary by its title alone", () => {
    const top = [["Sammanfattning: mina egna siffror"], ["", "=SUM(B1:B4)"]];
    expect(looksLikeOurSummary(sheetRead({ top }))).toBe(false);
    const read = workbook({ sheets: [{ name: "Sammanfattning", usedValues: "A1:B4", top }] });
    expect(refusal(resolveSheet("summary", read, "sv")).code).toBe("sheet-name-taken");
  });

  it("reuses an empty sheet by its name, ignoring case", () => {
    const read = workbook({ sheets: [{ name: "sammanfattning" }] });
    expect(target(resolveSheet("summary", read, "sv"))).toMatchObject({
      name: "sammanfattning",
      action: "reuse",
      marker: "add",
    });
  });

  it("replaces a marker whose sheet is gone", () => {
    const read = workbook({ markers: { summary: "Borttagen" } });
    expect(target(resolveSheet("summary", read, "sv"))).toMatchObject({
      action: "create",
      marker: "replace",
    });
  });

  it("refuses its own sheet when it is protected", () => {
    const read = workbook({
      sheets: [{ name: "Översikt", protected: true }],
      markers: { summary: "Översikt" },
    });
    const r = refusal(resolveSheet("summary", read, "sv"));
    expect(r.code).toBe("protected-sheet");
    expect(r.en).toContain("Översikt");
  });

  it("never clears the goal sheet, even when a marker points at it", () => {
    const read = workbook({
      sheets: [{ name: "Mål", usedValues: "A1:J40", tables: [GOAL_TABLE] }],
      markers: { summary: "Mål" },
      goals: { sheet: "Mål" },
    });
    expect(target(resolveSheet("summary", read, "sv"))).toMatchObject({
      name: "Sammanfattning",
      action: "create",
    });
  });

  it("writes the structure where its tables are, deleting them first", () => {
    const read = workbook({
      sheets: [{ name: "Referens", usedValues: "A1:F30" }],
      tables: [PROGRAM_TABLE],
      info: { sheet: "Referens" },
    });
    expect(target(resolveSheet("structure", read, "sv"))).toEqual({
      role: "structure",
      name: "Referens",
      action: "rewrite",
      tables: [INFO_TABLE, PROGRAM_TABLE],
      marker: "add",
      names: [],
    });
  });
});

describe("the goal sheet of a new load", () => {
  it("is created when there is none", () => {
    expect(target(resolveGoalSheet(workbook(), "en", 3))).toEqual({
      role: "goals",
      name: "Goals",
      action: "create",
      tables: [],
      marker: "add",
      names: [],
    });
  });

  it("is the add-in's marked sheet when a load was cut short after the header row", () => {
    const read = workbook({ sheets: [{ name: "Mål", usedValues: "A1:J4" }], markers: { goals: "Mål" } });
    expect(target(resolveGoalSheet(read, "sv", 3))).toMatchObject({
      name: "Mål",
      action: "reuse",
      marker: "keep",
    });
  });

  it("is refused when the marked sheet holds more than a header but no goal table", () => {
    const read = workbook({ sheets: [{ name: "Mål", usedValues: "A1:J40" }], markers: { goals: "Mål" } });
    const r = refusal(resolveGoalSheet(read, "sv", 3));
    expect(r.code).toBe("sheet-name-taken");
    expect(r.en).toContain(GOAL_TABLE);
  });

  it("is refused when a user's sheet has the name", () => {
    const read = workbook({ sheets: [{ name: "Mål", usedValues: "A1:C3" }] });
    expect(refusal(resolveGoalSheet(read, "sv", 3)).code).toBe("sheet-name-taken");
  });
});

describe("what to read", () => {
  it("reads nothing in a workbook without the add-in's tables or sheet names", () => {
    expect(
      readPlan(workbook({ sheets: [{ name: "Blad1" }] }).probe, { goalBody: true, sheets: true }),
    ).toBeNull();
  });

  it("reads every candidate sheet, in any language, and where the markers point", () => {
    const read = workbook({
      sheets: [{ name: "Blad1" }, { name: "Goals" }, { name: "struktur" }, { name: "Min summering" }],
      markers: { summary: "Min summering" },
    });
    expect(candidateSheets(read.probe).sort()).toEqual(["Goals", "Min summering", "struktur"]);
    expect(readPlan(read.probe, { goalBody: false, sheets: true })).toEqual({
      goalBody: false,
      history: false,
      sheets: candidateSheets(read.probe),
    });
  });

  it("reads the goal table alone when sheets do not matter", () => {
    const read = workbook({ sheets: [{ name: "Mål" }], goals: { sheet: "Mål" } });
    expect(readPlan(read.probe, { goalBody: true, sheets: false })).toEqual({
      goalBody: true,
      history: false,
      sheets: [],
    });
  });
});

describe("the goal table's marker on a merge", () => {
  it("is added to a table the CLI wrote and kept on the add-in's own", () => {
    const cli = workbook({ sheets: [{ name: "Mål" }], goals: { sheet: "Mål" } });
    expect(goalTableMarker(cli)).toBe("add");
    const ours = workbook({ sheets: [{ name: "Mål" }], goals: { sheet: "Mål" }, markers: { goals: "Mål" } });
    expect(goalTableMarker(ours)).toBe("keep");
  });

  it("uses the documented defined names", () => {
    expect(MARKER).toEqual({
      goals: "Maluppfoljning_Blad_Mal",
      summary: "Maluppfoljning_Blad_Sammanfattning",
      history: "Maluppfoljning_Blad_Historik",
      structure: "Maluppfoljning_Blad_Struktur",
      indicators: "Maluppfoljning_Blad_Indikatorer",
    });
  });
});
