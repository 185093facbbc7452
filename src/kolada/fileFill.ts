// Filling Kolada-sourced indicators from a file exported from Kolada's web interface instead of
// the API: the file's values stand in for the client (a KoladaClient over them), and the very
// fillFromKolada that merges the API's answers merges them, so a file and the API give the same
// structure for the same data. "Known" then means "in the file". Values matched to the
// structure's municipality by id, or by name when the file gives only names; a KPI by its id, or
// by the indicator's name when the file gives only titles.
import type { Bilingual, GoalStructure, Lang } from "../domain";
import { t } from "../i18n/koladaStrings";
import type { KoladaClient, KoladaValue } from "./client";
import type { KoladaExport } from "./exportFile";
import { normalise } from "./exportFile";
import { fillFromKolada, type KoladaFill, type YearRange } from "./fill";

export interface ExportFill {
  fill: KoladaFill;
  /** The file had values for KPIs, but none for the structure's municipality: the ones it has. */
  otherMunicipalities: string[];
}

export type ExportFillResult = { ok: true; value: ExportFill } | { ok: false; reason: Bilingual };

/** "Västerås stad", "Västerås kommun" and "västerås" are one municipality. */
function municipalityKey(name: string): string {
  return normalise(name).replace(/\s+(kommun|stad|municipality)$/, "");
}

interface Matched {
  values: KoladaValue[];
  kpis: Set<string>;
  others: Set<string>;
  conflicts: string[];
}

function match(file: KoladaExport, s: GoalStructure): Matched {
  const municipality = s.municipality;
  const byTitle = new Map<string, string>();
  for (const p of s.programs)
    for (const a of p.areas)
      for (const g of a.goals)
        for (const i of g.indicators ?? [])
          if (i.source?.kind === "kolada") byTitle.set(normalise(i.name), i.source.kpi);
  const values: KoladaValue[] = [];
  const kpis = new Set<string>();
  const others = new Set<string>();
  const seen = new Map<string, number>();
  const conflicts: string[] = [];
  for (const v of file.values) {
    const kpi = v.kpi ?? (v.kpiTitle === null ? undefined : byTitle.get(normalise(v.kpiTitle)));
    if (kpi === undefined) continue;
    kpis.add(kpi);
    const ours =
      file.noMunicipality ||
      (municipality !== undefined &&
        (v.municipalityId !== null
          ? v.municipalityId === municipality.id
          : v.municipalityName !== null &&
            municipality.name !== undefined &&
            municipalityKey(v.municipalityName) === municipalityKey(municipality.name)));
    if (!ours || municipality === undefined) {
      others.add(
        [v.municipalityId, v.municipalityName].filter((x): x is string => x !== null).join(" ") || "?",
      );
      continue;
    }
    const key = `${kpi} ${v.year} ${v.gender}`;
    const before = seen.get(key);
    if (before !== undefined) {
      if (before !== v.value && conflicts.length < 5) conflicts.push(`${key} (${before}, ${v.value})`);
      continue;
    }
    seen.set(key, v.value);
    values.push({ kpi, municipality: municipality.id, year: v.year, gender: v.gender, value: v.value });
  }
  return { values, kpis, others, conflicts };
}

/** A KoladaClient that answers from the file's values, never from the network. */
function fileClient(matched: Matched): KoladaClient {
  return {
    baseUrl: "file:",
    knownKpis: (kpis) => Promise.resolve(new Set(kpis.filter((k) => matched.kpis.has(k)))),
    values: (kpis, municipality, years) => {
      const wanted = new Set(kpis);
      const inYears = new Set(years);
      return Promise.resolve(
        matched.values.filter(
          (v) => wanted.has(v.kpi) && v.municipality === municipality && inYears.has(v.year),
        ),
      );
    },
  };
}

/**
 * A copy of `s` with the values of every Kolada-sourced indicator filled from `file`, dated
 * `imported`, exactly as fillFromKolada fills them from the API; refused when the file holds two
 * different values for one KPI, year and gender of the municipality.
 */
export async function fillFromExport(
  file: KoladaExport,
  s: GoalStructure,
  imported: string,
  years?: YearRange,
): Promise<ExportFillResult> {
  const matched = match(file, s);
  if (matched.conflicts.length > 0) {
    const list = matched.conflicts.join("; ");
    return {
      ok: false,
      reason: { sv: t("sv", "ind.file.conflict", { list }), en: t("en", "ind.file.conflict", { list }) },
    };
  }
  const fill = await fillFromKolada(fileClient(matched), s, s.municipality?.id ?? "", imported, years);
  const otherMunicipalities = matched.values.length === 0 ? [...matched.others].sort() : [];
  return { ok: true, value: { fill, otherMunicipalities } };
}

/** Cells listed by name in a note; the rest are counted. */
const LISTED_CELLS = 5;

/** What a report adds about the file itself: no municipality in it, other municipalities, cells skipped. */
export function exportNotes(file: KoladaExport, result: ExportFill, s: GoalStructure, lang: Lang): string[] {
  const notes: string[] = [];
  const municipality = s.municipality
    ? s.municipality.name
      ? `${s.municipality.id} (${s.municipality.name})`
      : s.municipality.id
    : "";
  if (file.noMunicipality) notes.push(t(lang, "ind.file.noMunicipality", { municipality }));
  if (result.otherMunicipalities.length > 0)
    notes.push(
      t(lang, "ind.file.otherMunicipality", { municipality, list: result.otherMunicipalities.join(", ") }),
    );
  if (file.unreadable.length > 0) {
    const listed = file.unreadable.slice(0, LISTED_CELLS).join("; ");
    const list = file.unreadable.length > LISTED_CELLS ? `${listed}; …` : listed;
    notes.push(t(lang, "ind.file.unreadable", { count: file.unreadable.length, list }));
  }
  return notes;
}
