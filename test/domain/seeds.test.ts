// The bundled seeds must say what the source document says (Hållbarhetsuppföljning 2023,
// KS § 213, Dnr KS 2024/00103, with its attachment Handlingsplan 2022–2024) and mark the rest
// as example data.
import { bundledStructure } from "../../src/domain";
import type { Program } from "../../src/domain";

const s = bundledStructure();
const program = (id: string): Program => {
  const p = s.programs.find((x) => x.id === id);
  if (!p) throw new Error(`no programme ${id}`);
  return p;
};

describe("seeds/vasteras-2023.json", () => {
  it("names the organisation, year and source document", () => {
    expect(s.organisation).toBe("Västerås stad");
    expect(s.year).toBe(2023);
    expect(s.source).toContain("Hållbarhetsuppföljning 2023");
    expect(s.source).toContain("§ 213");
    expect(s.source).toContain("Dnr KS 2024/00103");
    expect(s.note).toContain("Exempeldata");
  });

  it("has the ecological programme as adopted 2021-02-04, with its 3 målområden and 9 steering documents", () => {
    const p = program("ekologisk");
    expect(p).toMatchObject({
      name: "Program för ekologisk hållbarhet",
      kind: "program",
      adopted: "2021-02-04",
    });
    expect(p.areas.map((a) => a.name)).toEqual([
      "Samhällsplanering och infrastruktur",
      "Värna och utveckla naturvärden",
      "Konsumtion och engagerade invånare",
    ]);
    expect(p.steeringDocuments).toHaveLength(9);
    expect(p.steeringDocuments).toContain("Åtgärdsprogram för omgivningsbuller");
    expect(p.reported).toMatchObject({
      total: 42,
      status: { red: 9, yellow: 29, green: 4 },
      trend: { up: 17, flat: 24, down: 1 },
    });
  });

  it("has the social programme as adopted 2018-09-06, with 6 målområden, 4 policies and 5 action plans", () => {
    const p = program("social");
    expect(p).toMatchObject({
      name: "Program för social hållbarhet",
      kind: "program",
      adopted: "2018-09-06",
    });
    expect(p.areas.map((a) => a.name)).toEqual([
      "Hälsa",
      "Utbildning",
      "Arbete och sysselsättning",
      "Bostäder",
      "Demokrati",
      "Trygghet och levande kommundelar",
    ]);
    const docs = p.steeringDocuments ?? [];
    expect(docs.filter((d) => /^policy/i.test(d))).toHaveLength(4);
    expect(docs.filter((d) => /handlingsplan/i.test(d) && !/under framtagande/.test(d))).toHaveLength(5);
    expect(p.reported).toMatchObject({
      total: 24,
      status: { red: 7, yellow: 16, green: 1 },
      trend: { up: 5, flat: 17, down: 2 },
    });
  });

  it("marks every goal text the document does not give as example data, visibly", () => {
    for (const id of ["ekologisk", "social"]) {
      for (const area of program(id).areas) {
        for (const g of area.goals) {
          expect(g.example).toBe(true);
          expect(g.text.startsWith("Exempelmål ")).toBe(true);
        }
      }
    }
  });

  it("has the action plan with its 2 målområden and 6 focus areas with their Agenda 2030 goals", () => {
    const p = program("handlingsplan-social");
    expect(p).toMatchObject({
      name: "Handlingsplan 2022–2024 till program för social hållbarhet",
      kind: "actionPlan",
      parent: "social",
      adopted: "2022-06-08",
      reference: "DNR 2021/02329",
    });
    expect(p.reported).toBeUndefined();
    expect(p.areas.map((a) => a.name)).toEqual([
      "Goda livsvillkor",
      "Demokrati, delaktighet och medskapande",
    ]);
    const focus = p.areas.flatMap((a) => a.focusAreas ?? []);
    expect(focus.map((f) => [f.name, f.sdgs, f.priorities?.length])).toEqual([
      ["Hälsa", [1, 2, 3, 5, 10, 17], 6],
      ["Utbildning", [4, 5, 10, 17], 4],
      ["Arbete", [5, 8, 9, 10, 17], 3],
      ["Bostad", [5, 10, 11, 17], 4],
      ["Inkludering, samhandling och demokrati", [5, 10, 11, 16, 17], 6],
      ["Trygghet och levande kommundelar", [5, 10, 11, 16, 17], 4],
    ]);
  });

  it("has delmål 1–6 from the document: not example data, with activities, Kommunstyrelsen and no assessment", () => {
    const p = program("handlingsplan-social");
    const goals = p.areas.flatMap((a) => a.goals.map((g) => ({ g, a })));
    expect(goals.map(({ g }) => g.id)).toEqual(["HP-D1", "HP-D2", "HP-D3", "HP-D4", "HP-D5", "HP-D6"]);
    expect(goals.map(({ g }) => g.activities?.length)).toEqual([2, 1, 2, 2, 1, 3]);
    expect(goals[0].g.text).toBe(
      "Förbättra den allmänna folkhälsan och stärka hälsan hos särskilt sårbara målgrupper",
    );
    expect(goals[5].g.text).toBe("Motverka alla former av brott för att skapa trygga levnadsförhållanden");
    for (const { g, a } of goals) {
      expect(g).toMatchObject({ example: false, responsible: "Kommunstyrelsen", status: null, trend: null });
      const f = a.focusAreas?.find((x) => x.id === g.focusArea);
      expect(f).toBeDefined();
      expect(g.sdgs).toEqual(f?.sdgs);
    }
  });

  it("lists the 17 Agenda 2030 goals with Swedish and English names and the UN colours", () => {
    const sdgs = s.sdgs ?? [];
    expect(sdgs.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(sdgs.map((g) => g.color)).toEqual([
      "#E5243B",
      "#DDA63A",
      "#4C9F38",
      "#C5192D",
      "#FF3A21",
      "#26BDE2",
      "#FCC30B",
      "#A21942",
      "#FD6925",
      "#DD1367",
      "#FD9D24",
      "#BF8B2E",
      "#3F7E44",
      "#0A97D9",
      "#56C02B",
      "#00689D",
      "#19486A",
    ]);
    expect(sdgs[0].name).toEqual({ sv: "Ingen fattigdom", en: "No poverty" });
    expect(sdgs[16].name).toEqual({
      sv: "Genomförande och globalt partnerskap",
      en: "Partnerships for the goals",
    });
  });
});
