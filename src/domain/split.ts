// Splitting a goal structure per responsible body (`maluppfoljning split`): one structure per
// distinct responsible, holding only its goals, and a file name for each. Pure.
import type { GoalStructure } from "./types";

export interface SplitPart {
  /** The responsible body as first written in the structure; "" for goals without one. */
  responsible: string;
  /** The structure with only this body's goals (programmes and areas without any left out). */
  structure: GoalStructure;
  goals: number;
}

/** How two spellings of one body compare: case, spacing and Unicode form aside. */
export function responsibleKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("sv");
}

/**
 * One part per distinct responsible body, in the order they first appear; goals without a
 * responsible form a part of their own (responsible ""), last. Published figures (`reported`) are
 * left out of the parts: they count the whole programme, not one body's share of it.
 */
export function splitByResponsible(structure: GoalStructure): SplitPart[] {
  const names = new Map<string, string>();
  for (const p of structure.programs)
    for (const a of p.areas)
      for (const g of a.goals) {
        const k = responsibleKey(g.responsible ?? "");
        if (!names.has(k)) names.set(k, (g.responsible ?? "").trim());
      }
  const keys = [...names.keys()].filter((k) => k !== "");
  if (names.has("")) keys.push("");
  return keys.map((key) => {
    const programs = structure.programs
      .map((p) => {
        const { reported: _reported, ...rest } = p;
        return {
          ...rest,
          areas: p.areas
            .map((a) => ({ ...a, goals: a.goals.filter((g) => responsibleKey(g.responsible ?? "") === key) }))
            .filter((a) => a.goals.length > 0),
        };
      })
      .filter((p) => p.areas.length > 0);
    const goals = programs.reduce((n, p) => n + p.areas.reduce((m, a) => m + a.goals.length, 0), 0);
    return { responsible: names.get(key) as string, structure: { ...structure, programs }, goals };
  });
}

// Characters no file system of Windows, macOS or Linux allows in a name, and control characters.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Leaves room for " (12).xlsx" under the 255 bytes most file systems allow. */
const MAX_LENGTH = 80;

/**
 * A file name (without extension) for `name` that every common file system accepts: å, ä, ö and
 * other letters kept (in the composed form), characters a file system refuses replaced by "-",
 * no leading or trailing dots and spaces, no reserved Windows device name, at most 80 characters;
 * `fallback` when nothing is left.
 */
export function safeFileName(name: string, fallback: string): string {
  let s = name.normalize("NFC").replace(ILLEGAL, "-").replace(/\s+/g, " ");
  s = s.replace(/^[\s.]+|[\s.]+$/g, "");
  if (s.length > MAX_LENGTH)
    s = Array.from(s)
      .slice(0, MAX_LENGTH)
      .join("")
      .replace(/[\s.]+$/g, "");
  if (s === "" || /^-+$/.test(s)) s = fallback;
  if (RESERVED.test(s)) s = `${s}_`;
  return s;
}

/**
 * File names for the parts, unique ignoring case (as Windows and macOS compare them): a name
 * already taken gets " (2)", " (3)"…
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((n) => {
    let candidate = n;
    for (let i = 2; used.has(candidate.toLocaleLowerCase("sv")); i++) candidate = `${n} (${i})`;
    used.add(candidate.toLocaleLowerCase("sv"));
    return candidate;
  });
}
