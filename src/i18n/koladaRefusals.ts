// The refusals of the pane's "Hämta från Kolada" (src/plan/koladaFill.ts), before any request.
// A table of their own, not in excel.ts: that one travels with the pane's first load, these only
// with the adapter that decides them. Add keys to `sv` first; `en` must then have the same keys.
export const sv = {
  "ind.pane.noSheet":
    "Arbetsboken har inget indikatorblad (Excel-tabellen {table}), så det finns inget att hämta från Kolada. Lägg till indikatorer i målstrukturen och läs in den igen: inläsningen skapar bladet Indikatorer. Inget har ändrats.",
  "ind.pane.noColumns":
    "Indikatortabellen på bladet {sheet} saknar kolumnen Mål-ID eller Indikator-ID. Ge kolumnerna sina rubriker igen och försök på nytt. Inget har ändrats.",
  "ind.pane.filtered":
    "Indikatortabellen på bladet {sheet} är filtrerad, och tillägget skriver inte i en filtrerad tabell (värden kan hamna på fel rader). Inget har ändrats. Visa alla rader (Data > Rensa filter), försök igen och filtrera sedan på nytt.",
  "ind.pane.noKolada":
    "Ingen indikator på bladet {sheet} har källan Kolada (en Kolada-KPI som N00401), så det finns inget att hämta. Skriv KPI:n i kolumnen Kolada-KPI och försök igen. Inget har ändrats.",
  "ind.pane.noMunicipality":
    "Kommun-ID i Kolada saknas på bladet Struktur, men indikatorer ska hämtas från Kolada (antal: {count}). Skriv kommunens fyrsiffriga kod (till exempel 1980 för Västerås) och försök igen. Inget har ändrats.",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "ind.pane.noSheet":
    "The workbook has no indicator sheet (the Excel table {table}), so there is nothing to fetch from Kolada. Add indicators to the goal structure and load it again: the load creates the Indicators sheet. Nothing was changed.",
  "ind.pane.noColumns":
    "The indicator table on the sheet {sheet} lacks the Goal ID or Indicator ID column. Give the columns their headers back and try again. Nothing was changed.",
  "ind.pane.filtered":
    "The indicator table on the sheet {sheet} is filtered, and the add-in does not write into a filtered table (values could land in the wrong rows). Nothing was changed. Show all rows (Data > Clear filter), try again and filter again afterwards.",
  "ind.pane.noKolada":
    "No indicator on the sheet {sheet} has Kolada as its source (a Kolada KPI such as N00401), so there is nothing to fetch. Type the KPI in the Kolada KPI column and try again. Nothing was changed.",
  "ind.pane.noMunicipality":
    "The Municipality ID in Kolada is missing on the Structure sheet, but indicators are to be fetched from Kolada (count: {count}). Type the municipality's four-digit code (for example 1980 for Västerås) and try again. Nothing was changed.",
};
