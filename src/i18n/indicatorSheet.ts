// Strings of the indicator sheet ("Indikatorer" / "Indicators"): its headers, labels, the Kolada
// attribution and the problems its cells can have. In the shared table because every reader of a
// workbook (CLI, pane, ribbon) reads the sheet. Add keys to `sv` first; `en` must then have the
// same keys. Keys start with "ind.sheet." or "ind.col.".
export const sv = {
  "ind.sheet.name": "Indikatorer",
  "ind.info.municipality": "Kommun-ID i Kolada",
  "ind.info.municipalityName": "Kommun i Kolada",
  "ind.info.rules": "Förslagsregler (JSON)",
  "ind.info.badRules": "Förslagsreglerna går inte att läsa ({reason}); förslagen följer standardreglerna.",
  "ind.sheet.title": "Indikatorer: nyckeltal med basvärde, mål och värden per år",
  "ind.sheet.intro":
    "Skriv ett tal per år i årskolumnerna. Mål-ID knyter indikatorn till målet på bladet {sheet}; ändra inte indikatorns ID.",
  "ind.sheet.attribution":
    "Värden hämtade från Kolada (kolada.se) är märkta ”Källa: Kolada” med hämtningsdatum i kolumnen Värdenas källa. Status och trend som tillägget föreslår ur dem är vår egen bearbetning, inte Koladas.",
  "ind.col.id": "Indikator-ID",
  "ind.col.name": "Indikator",
  "ind.col.unit": "Enhet",
  "ind.col.direction": "Riktning",
  "ind.col.baselineYear": "Basår",
  "ind.col.baselineValue": "Basvärde",
  "ind.col.targetYear": "Målår",
  "ind.col.targetValue": "Målvärde",
  "ind.col.kpi": "Kolada-KPI",
  "ind.col.gender": "Kön",
  "ind.col.attribution": "Värdenas källa",
  "ind.direction.increase": "Öka",
  "ind.direction.decrease": "Minska",
  "ind.source.manual": "Manuell",
  "ind.source.kolada": "Kolada",
  "ind.sheet.koladaSource": "Källa: Kolada, hämtad {date} ({years})",
  "ind.sheet.koladaSourceUndated": "Källa: Kolada ({years})",
  "ind.sheet.badNumber": "”{value}” i kolumnen {column} är inget tal. Skriv ett tal, eller töm cellen.",
  "ind.sheet.missingField": "Indikatorn {id} saknar {column}; raden läses inte.",
  "ind.sheet.badField":
    "”{value}” i kolumnen {column} går inte att läsa; raden läses inte. Möjliga värden: {allowed}.",
  "ind.sheet.unknownGoal": "Mål-ID ”{value}” finns inte i måltabellen; indikatorn läses inte.",
  "ind.sheet.duplicate": "Indikatorn {id} finns redan för mål {goal}, på rad {other}; raden läses inte.",
  "ind.sheet.badDefinition": "Indikatorn {id}: {reason}",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "ind.sheet.name": "Indicators",
  "ind.info.municipality": "Municipality ID in Kolada",
  "ind.info.municipalityName": "Municipality in Kolada",
  "ind.info.rules": "Suggestion rules (JSON)",
  "ind.info.badRules":
    "The suggestion rules cannot be read ({reason}); suggestions follow the default rules.",
  "ind.sheet.title": "Indicators: key figures with baseline, target and values per year",
  "ind.sheet.intro":
    "Type one number per year in the year columns. The goal ID ties the indicator to the goal on the sheet {sheet}; do not change the indicator's ID.",
  "ind.sheet.attribution":
    "Values fetched from Kolada (kolada.se) are marked “Source: Kolada” with the date fetched in the column Source of values. Statuses and trends the add-in suggests from them are our own processing, not Kolada's.",
  "ind.col.id": "Indicator ID",
  "ind.col.name": "Indicator",
  "ind.col.unit": "Unit",
  "ind.col.direction": "Direction",
  "ind.col.baselineYear": "Baseline year",
  "ind.col.baselineValue": "Baseline value",
  "ind.col.targetYear": "Target year",
  "ind.col.targetValue": "Target value",
  "ind.col.kpi": "Kolada KPI",
  "ind.col.gender": "Gender",
  "ind.col.attribution": "Source of values",
  "ind.direction.increase": "Increase",
  "ind.direction.decrease": "Decrease",
  "ind.source.manual": "Manual",
  "ind.source.kolada": "Kolada",
  "ind.sheet.koladaSource": "Source: Kolada, fetched {date} ({years})",
  "ind.sheet.koladaSourceUndated": "Source: Kolada ({years})",
  "ind.sheet.badNumber":
    "“{value}” in the column {column} is not a number. Type a number, or empty the cell.",
  "ind.sheet.missingField": "The indicator {id} has no {column}; the row is not read.",
  "ind.sheet.badField":
    "“{value}” in the column {column} cannot be read; the row is not read. Possible values: {allowed}.",
  "ind.sheet.unknownGoal": "Goal ID “{value}” is not in the goal table; the indicator is not read.",
  "ind.sheet.duplicate":
    "The indicator {id} is already given for goal {goal}, on row {other}; the row is not read.",
  "ind.sheet.badDefinition": "The indicator {id}: {reason}",
};
