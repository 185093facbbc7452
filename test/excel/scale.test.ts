// Every command at 10, 1,000 and 10,000 goals: the number of round trips must not grow with the
// number of goals, and no request may come near Excel on the web's 5 MB limit.
import { writeFileSync } from "fs";
import type { GoalStructure } from "../../src/domain";
import { rangeAddress, parseRange } from "../../src/plan";
import { col, goalTable, goalsOf, measure, scaledStructure, setup } from "./helpers";

const SIZES = [10, 1_000, 10_000];
const LIMIT = 4_000_000;

type Figures = Record<string, { syncs: number; maxRequest: number; maxResponse: number }>;

/** The structure an analyst loads a second time: some texts reworded, a few goals added. */
function revised(s: GoalStructure, n: number): GoalStructure {
  const out: GoalStructure = JSON.parse(JSON.stringify(s)) as GoalStructure;
  const goals = goalsOf(out);
  goals.forEach(({ goal }, i) => {
    if (i % 10 === 0) goal.text = `${goal.text} (reviderad)`;
  });
  const extra = Math.max(1, Math.round(n / 20));
  const area = out.programs[0].areas[0];
  for (let i = 0; i < extra; i++)
    area.goals.push({ ...goals[i].goal, id: `NY-${i + 1}`, text: `Nytt mål ${i + 1}` });
  return out;
}

async function runAll(n: number): Promise<Figures> {
  const { emu, service, restore } = setup();
  const figures: Figures = {};
  const step = async (name: string, fn: () => Promise<unknown>): Promise<void> => {
    emu.resetStats();
    await fn();
    figures[name] = measure(emu);
  };
  try {
    const structure = scaledStructure(n);
    await step("previewLoad (new workbook)", () => service.previewLoad(structure, "sv"));
    await step("applyLoad (create)", async () => {
      const r = await service.applyLoad(structure, "sv");
      expect(r.mode).toBe("create");
      expect(r.newGoals).toBe(n);
    });
    expect(goalTable(emu).body).toHaveLength(n);

    await step("validate", async () => {
      const v = await service.validate();
      expect(v.goals).toBe(n);
    });

    // An official types three statuses the way people do.
    const t = goalTable(emu);
    const statusCol = col(emu, "Status");
    const top = parseRange(t.range).top;
    const left = parseRange(t.range).left;
    for (const row of [0, Math.floor(n / 2), n - 1])
      emu.workbook.typeValues(
        t.sheet,
        rangeAddress(top + 1 + row, left + statusCol, top + 1 + row, left + statusCol),
        [[" grön"]],
      );
    await step("fixAll", async () => {
      const r = await service.fixAll();
      expect(r.fixed).toBe(3);
    });
    await step("applyFormatting", () => service.applyFormatting());
    await step("refreshSummary", () => service.refreshSummary("sv"));
    await step("selectCell", () => service.selectCell(`Mål!A${top + 1 + n}`));
    const second = revised(structure, n);
    await step("previewLoad (merge)", () => service.previewLoad(second, "sv"));
    await step("applyLoad (merge)", async () => {
      const r = await service.applyLoad(second, "sv");
      expect(r.mode).toBe("merge");
      expect(r.newGoals).toBe(Math.max(1, Math.round(n / 20)));
      expect(r.updatedCells?.text).toBe(Math.ceil(n / 10));
    });
    return figures;
  } finally {
    restore();
  }
}

describe("every command at 10, 1,000 and 10,000 goals", () => {
  const results = new Map<number, Figures>();

  test.each(SIZES)("%i goals", async (n) => {
    const figures = await runAll(n);
    results.set(n, figures);
    for (const [name, f] of Object.entries(figures)) {
      expect({ name, ok: f.maxRequest < LIMIT }).toEqual({ name, ok: true });
      expect({ name, ok: f.maxResponse < LIMIT }).toEqual({ name, ok: true });
    }
  });

  test("the number of syncs does not depend on the number of goals", () => {
    const small = results.get(SIZES[0]) as Figures;
    for (const n of SIZES.slice(1)) {
      const big = results.get(n) as Figures;
      expect(Object.fromEntries(Object.entries(big).map(([k, v]) => [k, v.syncs]))).toEqual(
        Object.fromEntries(Object.entries(small).map(([k, v]) => [k, v.syncs])),
      );
    }
    const table = Object.keys(small).map((name) => ({
      command: name,
      ...Object.fromEntries(SIZES.map((n) => [`syncs@${n}`, (results.get(n) as Figures)[name].syncs])),
      ...Object.fromEntries(
        SIZES.map((n) => [`maxRequest@${n}`, (results.get(n) as Figures)[name].maxRequest]),
      ),
      ...Object.fromEntries(
        SIZES.map((n) => [`maxResponse@${n}`, (results.get(n) as Figures)[name].maxResponse]),
      ),
    }));
    if (process.env.MU_SCALE_OUT) writeFileSync(process.env.MU_SCALE_OUT, JSON.stringify(table, null, 2));
  });
});
