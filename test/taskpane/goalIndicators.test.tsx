/** @jest-environment jsdom */
// The goal view's indicator section over the real adapter on the emulator: the goal's indicators
// from the indicator sheet with their figures (numbers per language) and suggested status and
// trend in words, the sentence explaining the goal's suggestion, goals whose indicators have no
// values yet, and a workbook without an indicator sheet (the suggestion columns, or a plain
// "no indicators").
import "./jsdomEncoding";
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createService } from "../../src/excel";
import { createGoalViewPort } from "../../src/excel/goalView";
import { GOAL_TABLE } from "../../src/plan";
import { GoalView } from "../../src/taskpane/components/GoalView";
import { suggestionSentence } from "../../src/taskpane/components/GoalIndicators";
import {
  combineStatuses,
  combineTrends,
  type GoalStructure,
  type Status,
  type Trend,
} from "../../src/domain";
import type { IndicatorShown } from "../../src/plan/goalIndicators";
import { createEmulator, installGlobals, type Emulator } from "../emulator";
import { goalsIn } from "../history/fixtures";
import { suggestionStructure } from "../indicators/suggestionFixture";

let emu: Emulator;
let restore: () => void;

beforeEach(() => {
  emu = createEmulator({ sheets: ["Blad1"] });
  restore = installGlobals(emu);
});
afterEach(() => restore());

async function load(s: GoalStructure): Promise<void> {
  const service = createService(emu.Excel.run as never, {
    isSetSupported: (set, version) => emu.Office.context.requirements.isSetSupported(set, version),
  });
  await service.applyLoad(s, "sv");
}

function renderView(lang: "sv" | "en" = "sv") {
  const port = createGoalViewPort(emu.Excel.run as never);
  const ui = (l: "sv" | "en") => (
    <FluentProvider theme={webLightTheme}>
      <GoalView lang={l} port={port} />
    </FluentProvider>
  );
  const r = render(ui(lang));
  return { ...r, setLang: (l: "sv" | "en") => r.rerender(ui(l)) };
}

/** Selects body row `i` of the goal table and waits for the view to show `id`. */
async function showGoal(i: number, id: string, lang: "sv" | "en" = "sv"): Promise<void> {
  const table = emu.workbook.table(GOAL_TABLE)!;
  const top = Number(/\d+/.exec(table.address)?.[0]);
  await act(async () => {
    emu.workbook.select("Mål", `B${top + 1 + i}`);
    await new Promise((r) => setTimeout(r, 20));
  });
  const heading = lang === "sv" ? `Mål ${id}` : `Goal ${id}`;
  await waitFor(() => expect(screen.getByTestId("goal-id").textContent).toBe(heading));
}

/** Each listed indicator as its name and its terms, "Term: value". */
function indicatorsShown(): { name: string; terms: string[] }[] {
  return within(screen.getByTestId("goal-indicators"))
    .getAllByTestId("goal-indicator")
    .map((li) => ({
      name: li.querySelector("h4")?.textContent ?? "",
      terms: [...li.querySelectorAll("dt")].map(
        (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
      ),
    }));
}

/** suggestionStructure with a decimal value, so the decimal mark shows (the suggestion is unchanged). */
function withDecimal(): GoalStructure {
  const s = suggestionStructure();
  goalsIn(s)[1].indicators![0].values![1].value = 45.5;
  return s;
}

test("a goal with two indicators, one a decrease: figures in words and numbers, and the sentence", async () => {
  await load(withDecimal());
  const view = renderView();
  // EKO-2 (test/indicators/suggestionFixture.ts): yellow and up, red and down → red, flat.
  await showGoal(1, "EKO-2");
  expect(indicatorsShown()).toEqual([
    {
      name: "Andel förnybar energi",
      terms: [
        "Enhet: %",
        "Riktning: öka (ett högre värde är bättre)",
        "Basvärde: 40 % år 2020",
        "Målvärde: 60 % år 2030",
        "Senaste värde: 45,5 % år 2025",
        "Framsteg: 28 % av vägen mot målvärdet, 50 % väntat 2025",
        "Förslag: status Gul, trend Uppåt",
      ],
    },
    {
      name: "Utsläpp från energi",
      terms: [
        "Enhet: kt",
        "Riktning: minska (ett lägre värde är bättre)",
        "Basvärde: 100 kt år 2020",
        "Målvärde: 50 kt år 2030",
        "Senaste värde: 110 kt år 2025",
        "Framsteg: -20 % av vägen mot målvärdet, 50 % väntat 2025",
        "Förslag: status Röd, trend Nedåt",
      ],
    },
  ]);
  expect(screen.getByTestId("goal-suggestion-why").textContent).toBe(
    "Förslaget – status Röd, trend Oförändrad – bygger på 2 indikatorer: statusen är den sämre av Röd och Gul, " +
      "och trenden är Oförändrad eftersom ingen riktning visas av flest (Uppåt och Nedåt).",
  );
  expect(screen.getByTestId("goal-suggestion").textContent).toContain("Det är bara ett förslag");
  // The official's own status stays in their field.
  expect((screen.getByRole("radio", { name: "Grön" }) as HTMLInputElement).checked).toBe(true);

  view.setLang("en");
  expect(indicatorsShown()[0].terms).toEqual([
    "Unit: %",
    "Direction: increase (a higher value is better)",
    "Baseline: 40 % in 2020",
    "Target: 60 % in 2030",
    "Latest value: 45.5 % in 2025",
    "Progress: 28% of the way to the target, 50% expected by 2025",
    "Suggestion: status Yellow, trend Up",
  ]);
  expect(screen.getByTestId("goal-suggestion-why").textContent).toBe(
    "The suggestion – status Red, trend Flat – rests on 2 indicators: the status is the worse of Red and Yellow, " +
      "and the trend is Flat because no direction is shown most often (Up and Down).",
  );

  // EKO-1, one decrease indicator: the sentence for one.
  await showGoal(0, "EKO-1", "en");
  expect(screen.getByTestId("goal-suggestion-why").textContent).toBe(
    "The suggestion – status Yellow, trend Up – rests on the goal's only indicator, Utsläpp, and is its status and trend.",
  );
  expect(indicatorsShown()[0].terms).toContain("Direction: decrease (a lower value is better)");
});

test("a value typed on the indicator sheet shows at the next selection, without a load", async () => {
  await load(suggestionStructure());
  renderView();
  await showGoal(2, "EKO-3");
  expect(screen.getByTestId("goal-indicators-none").textContent).toContain("Målet har 1 indikator");
  const t = emu.workbook.table("Maluppfoljning_Indikatorer")!;
  const row = t.rows.findIndex((r) => r.includes("skydd"));
  const top = Number(/\d+/.exec(t.address)?.[0]);
  const col = String.fromCharCode(65 + t.headers.indexOf("2025"));
  emu.workbook.typeValues(t.sheet, `${col}${top + 1 + row}`, [["20"]]);
  await showGoal(3, "EKO-4");
  await showGoal(2, "EKO-3");
  // 20 ha is the target: met, green.
  expect(screen.getByTestId("goal-suggestion-why").textContent).toBe(
    "Förslaget – status Grön, trend ingen (för få värden) – bygger på målets enda indikator, Skyddad areal, och är dess status och trend.",
  );
});

test("indicators without values yet: how many, 1 or several, and no suggestion", async () => {
  const s = suggestionStructure();
  const goals = goalsIn(s);
  delete goals[0].indicators![0].values;
  goals[2].indicators!.push({
    id: "arter",
    name: "Antal arter",
    direction: "increase",
    baseline: { year: 2020, value: 5 },
    target: { year: 2030, value: 9 },
  });
  await load(s);
  const view = renderView();
  await showGoal(0, "EKO-1");
  expect(screen.getByTestId("goal-indicators-none").textContent).toBe(
    "Målet har 1 indikator, men den har inget värde än (till och med 2025), så indikatorerna ger inget förslag.",
  );
  expect(screen.queryByTestId("goal-suggestion")).toBeNull();
  expect(indicatorsShown()[0].terms).toContain("Senaste värde: inget värde till och med 2025");
  expect(indicatorsShown()[0].terms.some((x) => x.startsWith("Förslag"))).toBe(false);

  await showGoal(2, "EKO-3");
  expect(screen.getByTestId("goal-indicators-none").textContent).toBe(
    "Målet har 2 indikatorer, men ingen av dem har något värde än (till och med 2025), så indikatorerna ger inget förslag.",
  );
  expect(indicatorsShown().map((i) => i.name)).toEqual(["Skyddad areal", "Antal arter"]);
  expect(indicatorsShown()[1].terms).toContain("Enhet: (ingen)");
  expect(document.body.textContent).not.toContain("Arbetsboken har inga indikatorer");
  view.setLang("en");
  expect(screen.getByTestId("goal-indicators-none").textContent).toBe(
    "The goal has 2 indicators, but none of them has a value yet (up to 2025), so the indicators suggest nothing.",
  );

  // EKO-4 has none on the sheet.
  view.setLang("sv");
  await showGoal(3, "EKO-4");
  expect(screen.getByTestId("goal-indicators-none").textContent).toBe(
    "Arbetsboken har inga indikatorer för det här målet.",
  );
});

test("a workbook without an indicator sheet: the suggestion columns, or that there are no indicators", async () => {
  await load(suggestionStructure());
  await emu.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Indikatorer").delete();
    await context.sync();
  });
  renderView();
  await showGoal(1, "EKO-2");
  expect(screen.queryByTestId("goal-indicators")).toBeNull();
  expect(screen.getByTestId("goal-suggestion").textContent).toBe(
    "Förslag från indikatorernaStatus Röd, trend Oförändrad. Det är bara ett förslag: din bedömning är den som gäller.",
  );
  await showGoal(3, "EKO-4");
  expect(screen.getByTestId("goal-indicators-none").textContent).toBe(
    "Arbetsboken har inget indikatorblad (tabellen Maluppfoljning_Indikatorer), så inga indikatorer visas för målet.",
  );
  expect(screen.getByTestId("goal-view-status").textContent).toBe("");
});

describe("the sentence follows the domain's combination of the indicators", () => {
  const ind = (status: Status | null, trend: Trend | null, name = "X"): IndicatorShown => ({
    id: name,
    name,
    unit: null,
    direction: "increase",
    latest: status === null ? null : { year: 2025, value: 1 },
    baseline: { year: 2020, value: 0 },
    target: { year: 2030, value: 2 },
    progress: null,
    expected: null,
    status,
    trend,
  });
  const sentence = (list: IndicatorShown[], lang: "sv" | "en" = "sv") =>
    suggestionSentence(
      combineStatuses(list.map((i) => i.status)),
      combineTrends(list.map((i) => i.trend)),
      list,
      lang,
    );

  test("three: the middle status, the trend most show", () => {
    expect(sentence([ind("green", "up"), ind("red", "up"), ind("yellow", "down")])).toBe(
      "Förslaget – status Gul, trend Uppåt – bygger på 3 indikatorer: statusen är den mittersta av Röd, Gul och Grön, " +
        "och trenden är den som flest visar bland Uppåt, Uppåt och Nedåt.",
    );
  });

  test("two with the same trend: that trend, which both show", () => {
    expect(sentence([ind("green", "up"), ind("red", "up")])).toBe(
      "Förslaget – status Röd, trend Uppåt – bygger på 2 indikatorer: statusen är den sämre av Röd och Grön, " +
        "och trenden är Uppåt, som båda visar.",
    );
    expect(sentence([ind("green", "up"), ind("red", "up"), ind("green", "up")], "en")).toBe(
      "The suggestion – status Green, trend Up – rests on 3 indicators: the status is the middle one of Red, Green and Green, " +
        "and the trend is Up, which all 3 show.",
    );
  });

  test("four: the worse of the two middle ones", () => {
    expect(
      sentence([ind("green", null), ind("green", null), ind("red", null), ind("yellow", "up")], "en"),
    ).toBe(
      "The suggestion – status Yellow, trend Up – rests on 4 indicators: the status is the worse of the two middle ones " +
        "of Red, Yellow, Green and Green, and the trend comes from the only one with values enough for a trend (Up).",
    );
  });

  test("some without values: the basis says how many of how many; no trend at all", () => {
    expect(sentence([ind("green", null), ind(null, null), ind("red", null)])).toBe(
      "Förslaget – status Röd, trend ingen (för få värden) – bygger på 2 av målets 3 indikatorer (de med värden): " +
        "statusen är den sämre av Röd och Grön, och ingen av dem har värden nog för en trend.",
    );
    expect(sentence([ind(null, null), ind("green", "flat", "Y")], "en")).toBe(
      "The suggestion – status Green, trend Flat – rests on Y, the only one of the goal's 2 indicators with a value, " +
        "and is its status and trend.",
    );
  });
});
