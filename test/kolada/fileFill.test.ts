// A file exported from Kolada fills the indicators exactly as the API does for the same data:
// fillFromExport (src/kolada/fileFill.ts) against fillFromKolada through the real client and the
// local v3 stand-in (server.ts, built from the documentation). The exports here are generated
// from the stand-in's data in the shapes we expect of Kolada's web export (exportFixtures/README.md).
import {
  createKoladaClient,
  fillFromExport,
  fillFromKolada,
  parseCsv,
  readKoladaExport,
  type KoladaExport,
} from "../../src/kolada";
import { nodeTransport } from "../../src/cli/transport";
import { parseGoalStructure, type GoalStructure } from "../../src/domain";
import { fixtureKpis, startKoladaStub, type KoladaStub } from "./server";

const TODAY = "2026-12-01";

function structure(): GoalStructure {
  const indicator = (
    id: string,
    kpi: string,
    gender?: "T" | "K" | "M",
    values?: { year: number; value: number }[],
  ) => ({
    id,
    name: `Indikator ${id}`,
    direction: "increase",
    baseline: { year: 2020, value: 1 },
    target: { year: 2030, value: 200 },
    ...(values ? { values } : {}),
    source: { kind: "kolada", kpi, ...(gender ? { gender } : {}) },
  });
  const parsed = parseGoalStructure({
    organisation: "Västerås stad",
    year: 2023,
    municipality: { id: "1980", name: "Västerås" },
    programs: [
      {
        id: "p",
        name: "Program",
        areas: [
          {
            id: "a",
            name: "Område",
            sdgs: [],
            goals: [
              {
                id: "G-1",
                text: "Mål",
                status: null,
                trend: null,
                indicators: [
                  indicator("total", "N00401", undefined, [
                    { year: 2019, value: 38 },
                    { year: 2021, value: 1 },
                  ]),
                  indicator("kvinnor", "N00401", "K"),
                  indicator("man", "N00402", "M"),
                  indicator("saknas", "N99999"),
                  {
                    id: "egen",
                    name: "Egen",
                    direction: "increase",
                    baseline: { year: 2020, value: 1 },
                    target: { year: 2030, value: 2 },
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message.en).join("\n"));
  return parsed.structure;
}

const GENDER_WORD = { T: "Totalt", K: "Kvinnor", M: "Män" } as const;
const sv = (n: number): string => String(n).replace(".", ",");

/** The stand-in's data as a Swedish export, one column per year; deleted and null values as "..". */
function wideExport(): string {
  const years = [2019, 2020, 2021, 2022, 2023];
  const out = ["Kolada", "", `Nyckeltal;Kommun;Kön;${years.join(";")}`];
  for (const [kpi, { title, data }] of Object.entries(fixtureKpis()))
    for (const g of ["T", "K", "M"] as const) {
      const cells = years.map((y) => {
        const e = data[y];
        const v = e && !e.deleted ? e[g] : undefined;
        return typeof v === "number" ? sv(v) : "..";
      });
      out.push(`"${kpi} ${title}";Västerås;${GENDER_WORD[g]};${cells.join(";")}`);
    }
  // Another municipality's values, which must not land on Västerås's indicators.
  out.push(`"N00401 A";Eskilstuna;Totalt;1;2;3;4;5`);
  return out.join("\r\n");
}

/** The same as an English export with a period column. */
function longExport(): string {
  const out = ["kpi,municipality,period,gender,value"];
  for (const [kpi, { data }] of Object.entries(fixtureKpis()))
    for (const [year, e] of Object.entries(data))
      for (const g of ["T", "K", "M"] as const)
        if (g in e) out.push(`${kpi},1980,${year},${g},${e.deleted || e[g] === null ? "" : String(e[g])}`);
  out.push("N00401,0180,2021,T,99");
  return out.join("\n");
}

function read(text: string): KoladaExport {
  const r = readKoladaExport(parseCsv(text));
  if (!r.ok) throw new Error(r.reason.en);
  return r.file;
}

let stub: KoladaStub;
beforeEach(async () => {
  stub = await startKoladaStub({ kpis: fixtureKpis(), pageSize: 3 });
});
afterEach(() => stub.close());

async function fromApi(s: GoalStructure) {
  const client = createKoladaClient({
    transport: nodeTransport,
    baseUrl: stub.base,
    sleep: async () => undefined,
  });
  return fillFromKolada(client, s, "1980", TODAY);
}

it.each([
  ["years as columns (sv)", wideExport],
  ["a period column (en)", longExport],
])("gives the API's structure and report from an export with %s", async (_, make) => {
  const s = structure();
  const api = await fromApi(s);
  const file = await fillFromExport(read(make()), s, TODAY);
  if (!file.ok) throw new Error(file.reason.en);
  expect(file.value.fill).toEqual(api);
  // Not vacuous: the values, the gender picked and what is missing.
  const [total, kvinnor, man] = api.structure.programs[0].areas[0].goals[0].indicators ?? [];
  expect(total.values).toEqual([
    { year: 2019, value: 38 },
    { year: 2020, value: 40, source: "kolada", fetched: TODAY },
    { year: 2021, value: 42, source: "kolada", fetched: TODAY },
    { year: 2022, value: 45.5, source: "kolada", fetched: TODAY },
    { year: 2023, value: 47, source: "kolada", fetched: TODAY },
  ]);
  expect(kvinnor.values?.map((v) => v.value)).toEqual([41, 43, 46, 48]);
  expect(man.values).toEqual([{ year: 2020, value: 110, source: "kolada", fetched: TODAY }]);
  expect(api.results.map((r) => [r.target.indicatorId, r.known, r.fetched, r.missing])).toEqual([
    ["total", true, [2020, 2021, 2022, 2023], []],
    ["kvinnor", true, [2020, 2021, 2022, 2023], []],
    ["man", true, [2020], [2021, 2022, 2023]],
    ["saknas", false, [], []],
  ]);
  expect(s.programs[0].areas[0].goals[0].indicators?.[0].values).toHaveLength(2);
});

it("matches the municipality by name and a KPI by the indicator's name when the file has no ids", async () => {
  const s = structure();
  const f = read(
    "Nyckeltal;Kommun;2020;2021\nIndikator total;Västerås kommun;40;41,5\nIndikator total;Eskilstuna;1;2\n",
  );
  const r = await fillFromExport(f, s, TODAY);
  if (!r.ok) throw new Error(r.reason.en);
  const total = r.value.fill.structure.programs[0].areas[0].goals[0].indicators?.[0];
  expect(total?.values?.filter((v) => v.source === "kolada").map((v) => [v.year, v.value])).toEqual([
    [2020, 40],
    [2021, 41.5],
  ]);
});

it("names the municipalities a file holds when it has none of the workbook's", async () => {
  const r = await fillFromExport(
    read("KPI;Kommun;2021\nN00401;Eskilstuna;3\nN00401;0180 Stockholm;4\n"),
    structure(),
    TODAY,
  );
  if (!r.ok) throw new Error(r.reason.en);
  expect(r.value.fill.written).toBe(0);
  expect(r.value.otherMunicipalities).toEqual(["0180 Stockholm", "Eskilstuna"]);
});

it("refuses a file with two different values for one KPI, year and gender", async () => {
  const r = await fillFromExport(
    read("KPI;Kommun-ID;År;Värde\nN00401;1980;2021;3\nN00401;1980;2021;4\n"),
    structure(),
    TODAY,
  );
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason.sv).toContain("N00401 2021 T (3, 4)");
});
