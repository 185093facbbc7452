// The small, valid goal structure every corpus case starts from, and helpers that derive bad or
// odd variants from it. Kept small on purpose: each case changes one thing, so a failure points at
// that thing and the whole corpus stays fast.
import type { Goal, GoalStructure } from "../../src/domain";

/** Two programmes, three areas, five goals; every optional goal field appears at least once. */
export function baseStructure(): GoalStructure {
  return {
    organisation: "Testkommun",
    year: 2023,
    note: "Testdata för hårdningskorpusen (inga riktiga mål).",
    programs: [
      {
        id: "EKO",
        name: "Program för ekologisk hållbarhet",
        kind: "program",
        reported: {
          total: 3,
          status: { red: 1, yellow: 1, green: 1 },
          trend: { up: 1, flat: 1, down: 1 },
        },
        areas: [
          {
            id: "EKO-1",
            name: "Klimat",
            sdgs: [13],
            goals: [
              {
                id: "EKO-1.01",
                text: "Utsläppen av växthusgaser ska minska.",
                responsible: "Miljö- och konsumentnämnden",
                sdgs: [7, 13],
                status: "red",
                trend: "up",
                comment: "Resandet har ökat.",
              },
              {
                id: "EKO-1.02",
                text: "Energianvändningen i kommunens lokaler ska minska.",
                status: "yellow",
                trend: "flat",
              },
            ],
          },
          {
            id: "EKO-2",
            name: "Natur och vatten",
            sdgs: [14, 15],
            goals: [
              {
                id: "EKO-2.01",
                text: "Den biologiska mångfalden ska öka.",
                responsible: "Tekniska nämnden",
                sdgs: [15],
                status: "green",
                trend: "down",
                activities: ["Inventera ängsmarker", "Anlägga våtmarker"],
              },
            ],
          },
        ],
      },
      {
        id: "SOC",
        name: "Program för social hållbarhet",
        kind: "program",
        areas: [
          {
            id: "SOC-1",
            name: "Trygghet",
            sdgs: [16],
            goals: [
              {
                id: "SOC-1.01",
                text: "Fler ska känna sig trygga i sitt bostadsområde.",
                status: null,
                trend: null,
              },
              { id: "SOC-1.02", text: "Fler unga ska fullfölja gymnasiet.", status: "yellow", trend: "up" },
            ],
          },
        ],
      },
    ],
  };
}

/** Every goal of a structure, in table order. */
export function goalsOf(s: GoalStructure): Goal[] {
  return s.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
}

/** The base structure with goal `id` patched (fields set to undefined are removed). */
export function withGoal(id: string, patch: Record<string, unknown>): GoalStructure {
  const s = baseStructure();
  const goal = goalsOf(s).find((g) => g.id === id);
  if (!goal) throw new Error(`no goal ${id} in the base structure`);
  const target = goal as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete target[k];
    else target[k] = v;
  }
  return s;
}

/** Pretty JSON text, as a person would save it. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Deterministic bytes (xorshift32), so the "binary garbage" case is the same on every run. */
export function pseudoRandomBytes(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** `depth` nested arrays: "[[[…]]]". */
export function nestedArrays(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

/** `depth` nested objects: {"a":{"a":…1…}}. */
export function nestedObjects(depth: number): string {
  return '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
}
