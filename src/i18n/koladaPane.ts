// Strings of the pane's "Hämta från Kolada" panel (src/taskpane/components/KoladaPanel.tsx). Part
// of the pane's Kolada table (koladaPaneStrings.ts), loaded with the panel, so the first load
// carries none of them. Add keys to `sv` first; `en` must then have the same keys.
export const sv = {
  "tpk.reading": "Läser indikatorbladet…",
  "tpk.progress": "Hämtar från Kolada… ({count} anrop)",
  "tpk.doneTitle": "Värdena är hämtade från Kolada",
  "tpk.partlyTitle": "Värdena är hämtade från Kolada, men inte alla",
  "tpk.done": "Hämtade värden: {values}. Skrivna celler på bladet {sheet}: {cells}.",
  "tpk.nothingNew": "Bladet {sheet} hade redan de här värdena; inget behövde skrivas.",
  "tpk.unknown":
    "{indicator} (mål {goal}): Kolada känner inte till nyckeltalet {kpi}. Kontrollera Kolada-KPI på indikatorbladet.",
  "tpk.missing": "{indicator} (mål {goal}, {kpi}): Kolada har inget värde för {years}.",
  "tpk.noColumn":
    "Bladet {sheet} har ingen kolumn för {years}; de värdena skrevs inte. Lägg till en kolumn med året som rubrik och hämta igen.",
  "tpk.source": "Källa: Kolada (kolada.se), hämtad {date}.",
  "tpk.unreachableTitle": "Kolada gick inte att nå",
  "tpk.unreachable":
    "Tillägget fick ingen kontakt med Koladas API ({host}). Datorn kan sakna internet, nätverket kan spärra adressen, eller så tillåter den här versionen av Excel inte anropet. Inget har ändrats i arbetsboken.",
  "tpk.failedTitle": "Hämtningen från Kolada misslyckades",
  "tpk.failed": "{reason} Inget har ändrats i arbetsboken.",
  "tpk.alternative":
    "Gör så här i stället: exportera nyckeltalen från kolada.se som Excel- eller CSV-fil och välj Importera fil från Kolada. Eller spara arbetsboken och kör kommandot nedan på en dator som når Kolada, och öppna sedan den nya arbetsboken. Eller skriv in värdena för hand i årskolumnerna på indikatorbladet.",
  "tpk.readingFile": "Läser {file}…",
  "tpk.fileDoneTitle": "Värdena är inlästa från filen från Kolada",
  "tpk.filePartlyTitle": "Värdena är inlästa från filen från Kolada, men inte alla",
  "tpk.fileFailedTitle": "{file} kunde inte läsas in",
  "tpk.fileFailed": "{reason}. Inget har ändrats i arbetsboken.",
  "tpk.fileDone": "Inlästa värden: {values}. Skrivna celler på bladet {sheet}: {cells}.",
  "tpk.fileUnknown": "{indicator} (mål {goal}): filen har inga värden för nyckeltalet {kpi}.",
  "tpk.fileMissing": "{indicator} (mål {goal}, {kpi}): filen har inget värde för {years}.",
  "tpk.fileSource": "Källa: Kolada (kolada.se), importerad {date} ur {file}.",
  "tpk.command": "npx maluppfoljning kolada ARBETSBOK.xlsx --out NY.xlsx",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "tpk.reading": "Reading the indicator sheet…",
  "tpk.progress": "Fetching from Kolada… (requests: {count})",
  "tpk.doneTitle": "The values are fetched from Kolada",
  "tpk.partlyTitle": "The values are fetched from Kolada, but not all of them",
  "tpk.done": "Values fetched: {values}. Cells written on the sheet {sheet}: {cells}.",
  "tpk.nothingNew": "The sheet {sheet} already had these values; nothing needed writing.",
  "tpk.unknown":
    "{indicator} (goal {goal}): Kolada does not know the key figure {kpi}. Check the Kolada KPI on the indicator sheet.",
  "tpk.missing": "{indicator} (goal {goal}, {kpi}): Kolada has no value for {years}.",
  "tpk.noColumn":
    "The sheet {sheet} has no column for {years}; those values were not written. Add a column with the year as its header and fetch again.",
  "tpk.source": "Source: Kolada (kolada.se), fetched {date}.",
  "tpk.unreachableTitle": "Kolada could not be reached",
  "tpk.unreachable":
    "The add-in got no answer from Kolada's API ({host}). The computer may be offline, the network may block the address, or this version of Excel does not allow the request. Nothing in the workbook was changed.",
  "tpk.failedTitle": "The fetch from Kolada failed",
  "tpk.failed": "{reason} Nothing in the workbook was changed.",
  "tpk.alternative":
    "Do this instead: export the key figures from kolada.se as an Excel or CSV file and choose Import a file from Kolada. Or save the workbook and run the command below on a computer that reaches Kolada, then open the new workbook. Or type the values by hand into the year columns of the indicator sheet.",
  "tpk.readingFile": "Reading {file}…",
  "tpk.fileDoneTitle": "The values are read from the file from Kolada",
  "tpk.filePartlyTitle": "The values are read from the file from Kolada, but not all of them",
  "tpk.fileFailedTitle": "{file} could not be imported",
  "tpk.fileFailed": "{reason}. Nothing in the workbook was changed.",
  "tpk.fileDone": "Values read: {values}. Cells written on the sheet {sheet}: {cells}.",
  "tpk.fileUnknown": "{indicator} (goal {goal}): the file has no values for the key figure {kpi}.",
  "tpk.fileMissing": "{indicator} (goal {goal}, {kpi}): the file has no value for {years}.",
  "tpk.fileSource": "Source: Kolada (kolada.se), imported {date} from {file}.",
  "tpk.command": "npx maluppfoljning kolada WORKBOOK.xlsx --out NEW.xlsx",
};
