// What stands in the way is said plainly, in both languages, before anything is written:
// a missing requirement set, a protected sheet, a sheet name taken, a deleted goal table, a
// renamed header, a structure with errors.
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { AddinError, checkRequirements } from "../../src/excel";
import { GOAL_TABLE } from "../../src/plan";
import { edit, setup, type Setup } from "./helpers";

let s: Setup;
afterEach(() => s.restore());

async function rejection(p: Promise<unknown>): Promise<AddinError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AddinError);
    return e as AddinError;
  }
  throw new Error("expected the command to fail");
}

describe("requirement sets", () => {
  test("a host without ExcelApi 1.8 cannot load, and is told what is missing, in Swedish and English", async () => {
    s = setup({ apiVersion: "1.7" });
    const before = s.emu.workbook.dump();
    const e = await rejection(s.service.applyLoad(bundledStructure(), "sv"));
    expect(e.code).toBe("requirements");
    expect(e.state).toBe("unchanged");
    expect(e.messages.sv).toContain("ExcelApi 1.8");
    expect(e.messages.sv).toContain("dataverifiering");
    expect(e.messages.en).toContain("data validation");
    expect(s.emu.stats.syncs).toBe(0);
    expect(s.emu.workbook.dump()).toEqual(before);
  });

  test("reading still works where writing formats does not", async () => {
    s = setup();
    await s.service.applyLoad(bundledStructure(), "sv");
    s.emu.setApiVersion("1.7");
    await expect(s.service.validate()).resolves.toMatchObject({ goals: expect.any(Number) });
    await expect(s.service.applyFormatting()).rejects.toMatchObject({ code: "requirements" });
    s.emu.setApiVersion("1.6");
    const e = await rejection(s.service.validate());
    expect(e.messages.en).toContain("ExcelApi 1.7");
  });

  test("checkRequirements lists every missing set once, lowest first", () => {
    const check = checkRequirements((_set, v) => Number(v.split(".")[1]) <= 5);
    expect(check.ok).toBe(false);
    expect(check.missing).toEqual(["ExcelApi 1.6", "ExcelApi 1.7", "ExcelApi 1.8"]);
    expect(check.supported.print).toBe(false);
    expect(checkRequirements(() => true).ok).toBe(true);
  });
});

describe("the workbook in a state the add-in must not write through", () => {
  beforeEach(async () => {
    s = setup();
    await s.service.applyLoad(bundledStructure(), "sv");
  });

  test("a protected goal sheet: nothing is written, and the user is told to unprotect it", async () => {
    s.emu.workbook.protect("Mål");
    const before = s.emu.workbook.dump();
    for (const command of [
      () => s.service.applyLoad(bundledStructure(), "sv"),
      () => s.service.applyFormatting(),
      () => s.service.fixAll(),
    ]) {
      const e = await rejection(command());
      expect(e.code).toBe("protected-sheet");
      expect(e.state).toBe("unchanged");
      expect(e.messages.sv).toContain("Mål");
      expect(e.messages.en).toContain("Unprotect");
    }
    expect(s.emu.workbook.dump()).toEqual(before);
    // Reading a protected sheet is fine.
    await expect(s.service.validate()).resolves.toBeDefined();
  });

  test("a protected summary sheet: the refresh refuses before writing", async () => {
    s.emu.workbook.protect("Sammanfattning");
    const before = s.emu.workbook.dump();
    const e = await rejection(s.service.refreshSummary("sv"));
    expect(e.code).toBe("protected-sheet");
    expect(e.messages.sv).toContain("Sammanfattning");
    expect(s.emu.workbook.dump()).toEqual(before);
  });

  test("a deleted goal table: validate, fix, format and summary say to load the structure first", async () => {
    await edit(s.emu, (context) => context.workbook.tables.getItem(GOAL_TABLE).delete());
    for (const command of [
      () => s.service.validate(),
      () => s.service.fixAll(),
      () => s.service.applyFormatting(),
      () => s.service.refreshSummary("sv"),
    ]) {
      const e = await rejection(command());
      expect(e.code).toBe("table-missing");
      expect(e.messages.sv).toContain("Läs in målstrukturen först");
      expect(e.messages.en).toContain("Load the goal structure first");
      // Named as the officials know it, with the Excel name for whoever renamed it.
      expect(e.messages.sv).toContain("måltabellen (Excel-tabellen Maluppfoljning_Mal) på bladet Mål");
      expect(e.messages.en).toContain("the goal table (the Excel table Maluppfoljning_Mal) on the sheet Mål");
    }
    // Loading again rebuilds the table on the add-in's own (now empty) sheet.
    const r = await s.service.applyLoad(bundledStructure(), "sv");
    expect(r.mode).toBe("create");
    expect(s.emu.workbook.table(GOAL_TABLE)?.sheet).toBe("Mål");
  });

  test("a goal table turned into a plain range keeps its data: a new load will not write over it", async () => {
    await edit(s.emu, (context) => {
      context.workbook.tables.getItem(GOAL_TABLE).convertToRange();
    });
    const before = s.emu.workbook.dump();
    const e = await rejection(s.service.applyLoad(bundledStructure(), "sv"));
    expect(e.code).toBe("sheet-name-taken");
    expect(e.messages.sv).toContain("Maluppfoljning_Mal");
    expect(s.emu.workbook.dump()).toEqual(before);
  });

  test("a renamed header names the column that is missing", async () => {
    await edit(s.emu, (context) => {
      context.workbook.tables.getItem(GOAL_TABLE).columns.getItem("Status").name = "Bedömning";
    });
    const e = await rejection(s.service.validate());
    expect(e.code).toBe("header-missing");
    expect(e.messages.sv).toContain('"Status"');
    expect(e.messages.sv).toContain("Måltabellen på bladet Mål saknar");
    expect(e.messages.en).toContain("The goal table on the sheet Mål lacks");
  });

  test("a user's sheet named like the goal sheet is left alone", async () => {
    s.restore();
    s = setup({ sheets: ["Mål"] });
    s.emu.workbook.typeValues("Mål", "A1", [["Mina egna mål"]]);
    const e = await rejection(s.service.applyLoad(bundledStructure(), "sv"));
    expect(e.code).toBe("sheet-name-taken");
    expect(e.messages.en).toContain("Mål");
    expect(s.emu.workbook.values("Mål", "A1")).toEqual([["Mina egna mål"]]);
  });

  test("an empty sheet with the goal sheet's name is used", async () => {
    s.restore();
    s = setup({ sheets: ["Mål"] });
    const r = await s.service.applyLoad(bundledStructure(), "sv");
    expect(r.sheetsToCreate).toEqual(["Sammanfattning", "Historik", "Struktur"]);
    expect(s.emu.workbook.sheetNames()).toEqual(["Mål", "Sammanfattning", "Historik", "Struktur"]);
  });
});

describe("input", () => {
  test("a goal without text is loaded, and validate points at its empty cell", async () => {
    s = setup();
    const structure = bundledStructure();
    const goal = structure.programs[0].areas[0].goals[0];
    goal.text = "";
    await s.service.applyLoad(structure, "sv");
    const v = await s.service.validate();
    const missing = v.issues.filter((i) => i.code === "missing-text");
    expect(missing.map((i) => i.goalId)).toEqual([goal.id]);
    expect(missing[0].address).toMatch(/^Mål!D\d+$/);
  });

  test("a structure with errors is refused before Excel is asked anything", async () => {
    s = setup();
    const bad: GoalStructure = bundledStructure();
    const goals = bad.programs[0].areas[0].goals;
    goals[1].id = goals[0].id;
    const e = await rejection(s.service.applyLoad(bad, "sv"));
    expect(e.code).toBe("invalid-input");
    expect(e.messages.sv).toContain(goals[0].id);
    expect(s.emu.stats.syncs).toBe(0);
  });
});

describe("a goal table with a totals row", () => {
  test("formatting covers the body only, and a merge appends above the totals row", async () => {
    s = setup();
    const structure = bundledStructure();
    await s.service.applyLoad(structure, "sv");
    await edit(s.emu, (context) => {
      context.workbook.tables.getItem(GOAL_TABLE).showTotals = true;
    });
    const before = s.emu.workbook.table(GOAL_TABLE);
    const r = await s.service.applyFormatting();
    // Status, trend and done lists; status and trend colours.
    expect(r).toEqual({ validations: 3, conditionalFormats: 6 });
    const body = (before?.rows.length ?? 0) as number;
    const rules = s.emu.workbook.conditionalFormats("Mål");
    // Header on row 3: the body is rows 4 … 3 + body; the totals row below stays unformatted.
    for (const cf of rules)
      expect(cf.ranges).toEqual([expect.stringMatching(new RegExp(`^[BCGH]4:[BCGH]${3 + body}$`))]);
    structure.programs[0].areas[0].goals.push({ id: "NY-1", text: "Nytt", status: "red", trend: null });
    const merged = await s.service.applyLoad(structure, "sv");
    expect(merged.newGoals).toBe(1);
    const after = s.emu.workbook.table(GOAL_TABLE);
    expect(after?.showTotals).toBe(true);
    expect(after?.rows[after.rows.length - 1][0]).toBe("NY-1");
  });
});
