// Strings for the Kolada client ({url} is the request) and the `kolada` command. A table of its
// own (koladaStrings.ts) so that the task pane's first load does not carry them. Add keys to `sv`
// first; `en` must then have the same keys. Keys start with "ind." like the indicator section's.
export const sv = {
  "ind.kolada.http": "{url}: Kolada svarade med HTTP {status}.",
  "ind.kolada.httpRetried": "{url}: Kolada svarade med HTTP {status}, även efter {attempts} försök.",
  "ind.kolada.timeout": "{url}: inget svar från Kolada inom {seconds} s, efter {attempts} försök.",
  "ind.kolada.network": "{url}: Kolada kunde inte nås efter {attempts} försök ({detail}).",
  "ind.kolada.json": "{url}: svaret är inte giltig JSON ({detail}).",
  "ind.kolada.shape": "{url}: svaret har inte den form som Kolada v3 dokumenterar: {detail}.",
  "ind.kolada.foreignNext": "{url}: nästa sida (next_url) pekar utanför {base}: {next}.",
  "ind.kolada.tooManyPages": "{url}: fler än {limit} sidor; hämtningen avbröts.",
  "ind.file.unknownLayout":
    "filen ser inte ut som en export från Koladas webbplats: ingen rubrikrad hittades bland de första 30 raderna med kolumnerna Nyckeltal eller KPI (nyckeltalets id, t.ex. N00401), Kommun eller Kommun-ID, Kön (valfri) och antingen År (eller Period) med Värde eller en kolumn per år (2020, 2021 …). Första raden lyder: {first}",
  "ind.file.noKpiColumn":
    "rubrikraden (rad {row}: {first}) har ingen kolumn Nyckeltal eller KPI (nyckeltalets id, t.ex. N00401), och raderna ovanför nämner inget nyckeltal; förväntade kolumner: Nyckeltal eller KPI, Kommun eller Kommun-ID, Kön (valfri), År med Värde eller en kolumn per år",
  "ind.file.conflict":
    "filen har olika värden för samma nyckeltal, kommun, år och kön: {list}; rätta filen och försök igen",
  "ind.file.notInFile": "{goal} / {indicator}: filen har inga värden för nyckeltalet {kpi}.",
  "ind.file.read": "{goal} / {indicator} ({kpi}, {gender}): läst ur filen för {years} (antal: {count}).",
  "ind.file.missing": "{goal} / {indicator} ({kpi}, {gender}): filen har inget värde för {years}.",
  "ind.file.otherMunicipality":
    "Filen har inga värden för kommunen {municipality}; den har värden för: {list}.",
  "ind.file.noMunicipality": "Filen anger ingen kommun; dess värden togs som kommunens {municipality}.",
  "ind.file.unreadable": "Celler som inte är tal och hoppades över ({count}): {list}.",
  "ind.file.tooLarge": "filen är större än {max} MB och läses inte",
  "ind.file.notExport": "filen kunde inte läsas som en Excel-fil (.xlsx) eller CSV-fil",
  "ind.file.empty": "filen har inga celler att läsa",
  "ind.file.reading": "Läser {export}: kommun {municipality}, nyckeltal: {kpis}, år {years}.",
  "ind.file.wrote":
    "Skrev {file}; värden från Kolada: {count} (Källa: Kolada, importerat {date} ur {export}).",
  "ind.file.baseUrlWithFile":
    "--base-url och --from-file kan inte anges samtidigt; med --from-file anropas inte Kolada",
  "ind.file.cliFailed": "{file}: {detail}; inget skrevs",
  "ind.cli.command": "hämta indikatorernas värden från Kolada till en ny fil (JSON eller Excel)",
  "ind.cli.usage":
    "Användning: maluppfoljning kolada FIL.json|FIL.xlsx --out UT.json|UT.xlsx [--base-url URL | --from-file EXPORT.csv|EXPORT.xlsx] [--years A-B] [--lang sv|en]\n\nHämtar värden från Kolada (API v3) för varje indikator med källan ”kolada” och skriver\nmålstrukturen med värdena till UT, i det format filändelsen anger: .json, eller .xlsx med\nvärdena på bladet Indikatorer (märkta ”Källa: Kolada” och hämtningsdatum). Indatafilen\nändras aldrig. Utan --years hämtas åren från indikatorns basår till uppföljningsåret.\nKommunen anges i filens ”municipality” (i en arbetsbok: Kommun-ID i Kolada på bladet Struktur).\n\nAlternativ:\n  --out UT        filen som skrivs, .json eller .xlsx (krävs; skrivs klart innan den ersätter en befintlig fil)\n  --base-url URL  Koladas adress (standard: https://api.kolada.se/v3)\n  --from-file EXPORT\n                  läs värdena ur en fil exporterad från Koladas webbplats (Excel .xlsx eller CSV)\n                  i stället för att fråga Kolada; inget nätverk används\n  --years A-B     hämta bara åren A till B, t.ex. 2018-2023 eller 2023\n  --lang sv|en    språk för utskriften (standard: sv)\n  --help, -h      visa den här hjälpen\n\nSlutkod: 0 när allt gick att hämta eller bara värden saknas, 1 när ett nyckeltal inte finns\ni Kolada (med --from-file: inte i filen; UT skrivs ändå), 2 när filen eller exportfilen inte\nkunde läsas eller Kolada inte kunde nås (då skrivs ingenting).\n\nKälla: Kolada.",
  "ind.cli.error.needFile": "ange en målstruktur att läsa (FIL.json eller FIL.xlsx)",
  "ind.cli.error.needOut": "ange filen som ska skrivas med --out UT.json eller --out UT.xlsx",
  "ind.cli.error.sheetErrors":
    "{file}: indikatorbladet har celler som måste rättas innan värden hämtas (annars skulle det som inte kunde läsas gå förlorat; kör validate för att se dem): {list}",
  "ind.cli.error.sameFile": "{file}: --out får inte vara indatafilen; indatafilen ändras aldrig",
  "ind.cli.error.badYears":
    "ogiltigt värde ”{value}” för --years; skriv ett år eller ett intervall, t.ex. 2018-2023",
  "ind.cli.error.badBaseUrl":
    "ogiltigt värde ”{value}” för --base-url; skriv en adress som börjar med http:// eller https://",
  "ind.cli.error.noMunicipality":
    "{file}: ”municipality” med kommunens Kolada-ID saknas, men indikatorer ska hämtas från Kolada (antal: {count})",
  "ind.cli.error.fetchFailed": "hämtningen från Kolada misslyckades, inget skrevs: {detail}",
  "ind.cli.error.writeFailed": "{file} kunde inte skrivas ({detail})",
  "ind.cli.fetching": "Hämtar från {base}: kommun {municipality}, nyckeltal: {kpis}, år {years}.",
  "ind.cli.requests": "Anrop till Kolada: {count}.",
  "ind.cli.fetched": "{goal} / {indicator} ({kpi}, {gender}): hämtat för {years} (antal: {count}).",
  "ind.cli.missing": "{goal} / {indicator} ({kpi}, {gender}): inget värde i Kolada för {years}.",
  "ind.cli.unknownKpi": "{goal} / {indicator}: nyckeltalet {kpi} finns inte i Kolada.",
  "ind.cli.noKolada": "Ingen indikator har källan ”kolada”; {file} skrevs utan ändringar.",
  "ind.cli.wrote": "Skrev {file}; värden från Kolada: {count} (Källa: Kolada, hämtat {date}).",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "ind.kolada.http": "{url}: Kolada answered HTTP {status}.",
  "ind.kolada.httpRetried": "{url}: Kolada answered HTTP {status}, even after {attempts} attempts.",
  "ind.kolada.timeout": "{url}: no answer from Kolada within {seconds} s, after {attempts} attempts.",
  "ind.kolada.network": "{url}: Kolada could not be reached after {attempts} attempts ({detail}).",
  "ind.kolada.json": "{url}: the answer is not valid JSON ({detail}).",
  "ind.kolada.shape": "{url}: the answer does not have the shape Kolada v3 documents: {detail}.",
  "ind.kolada.foreignNext": "{url}: the next page (next_url) points outside {base}: {next}.",
  "ind.kolada.tooManyPages": "{url}: more than {limit} pages; the fetch was stopped.",
  "ind.file.unknownLayout":
    "the file does not look like an export from Kolada's website: no header row was found among the first 30 rows with the columns Nyckeltal or KPI (the key figure's id, e.g. N00401), Kommun or Kommun-ID (municipality), Kön (gender, optional) and either År (year, or Period) with Värde (value) or one column per year (2020, 2021 …). The first row reads: {first}",
  "ind.file.noKpiColumn":
    "the header row (row {row}: {first}) has no column Nyckeltal or KPI (the key figure's id, e.g. N00401), and the rows above it name no key figure; expected columns: Nyckeltal or KPI, Kommun or Kommun-ID, Kön (optional), År with Värde or one column per year",
  "ind.file.conflict":
    "the file has different values for the same key figure, municipality, year and gender: {list}; correct the file and try again",
  "ind.file.notInFile": "{goal} / {indicator}: the file has no values for the KPI {kpi}.",
  "ind.file.read": "{goal} / {indicator} ({kpi}, {gender}): read from the file for {years} (count: {count}).",
  "ind.file.missing": "{goal} / {indicator} ({kpi}, {gender}): the file has no value for {years}.",
  "ind.file.otherMunicipality":
    "The file has no values for the municipality {municipality}; it has values for: {list}.",
  "ind.file.noMunicipality":
    "The file names no municipality; its values were taken as the municipality {municipality}'s.",
  "ind.file.unreadable": "Cells that are no numbers and were skipped ({count}): {list}.",
  "ind.file.tooLarge": "the file is larger than {max} MB and is not read",
  "ind.file.notExport": "the file could not be read as an Excel file (.xlsx) or a CSV file",
  "ind.file.empty": "the file has no cells to read",
  "ind.file.reading": "Reading {export}: municipality {municipality}, KPIs: {kpis}, years {years}.",
  "ind.file.wrote":
    "Wrote {file}; values from Kolada: {count} (Source: Kolada, imported {date} from {export}).",
  "ind.file.baseUrlWithFile":
    "--base-url and --from-file cannot be given together; with --from-file Kolada is not asked",
  "ind.file.cliFailed": "{file}: {detail}; nothing was written",
  "ind.cli.command": "fetch the indicators' values from Kolada into a new file (JSON or Excel)",
  "ind.cli.usage":
    "Usage: maluppfoljning kolada FILE.json|FILE.xlsx --out OUT.json|OUT.xlsx [--base-url URL | --from-file EXPORT.csv|EXPORT.xlsx] [--years A-B] [--lang sv|en]\n\nFetches values from Kolada (API v3) for every indicator whose source is “kolada” and writes\nthe goal structure with the values to OUT, in the format its extension names: .json, or .xlsx\nwith the values on the Indicators sheet (marked “Source: Kolada” with the date fetched). The\ninput file is never changed. Without --years, the years from the indicator's baseline year to\nthe follow-up year are fetched. The municipality is the file's “municipality” (in a workbook:\nMunicipality ID in Kolada on the Structure sheet).\n\nOptions:\n  --out OUT       the file to write, .json or .xlsx (required; written in full before it replaces an existing file)\n  --base-url URL  Kolada's address (default: https://api.kolada.se/v3)\n  --from-file EXPORT\n                  read the values from a file exported from Kolada's website (Excel .xlsx or CSV)\n                  instead of asking Kolada; no network is used\n  --years A-B     fetch only the years A to B, e.g. 2018-2023 or 2023\n  --lang sv|en    language of the output (default: sv)\n  --help, -h      show this help\n\nExit code: 0 when everything could be fetched or only values are missing, 1 when a KPI does\nnot exist in Kolada (with --from-file: is not in the file; OUT is still written), 2 when the\nfile or the export could not be read or Kolada could not be reached (then nothing is written).\n\nSource: Kolada.",
  "ind.cli.error.needFile": "give a goal structure to read (FILE.json or FILE.xlsx)",
  "ind.cli.error.needOut": "give the file to write with --out OUT.json or --out OUT.xlsx",
  "ind.cli.error.sheetErrors":
    "{file}: the indicator sheet has cells to correct before values are fetched (what could not be read would be lost otherwise; run validate to see them): {list}",
  "ind.cli.error.sameFile": "{file}: --out must not be the input file; the input file is never changed",
  "ind.cli.error.badYears": "invalid value “{value}” for --years; give a year or a range, e.g. 2018-2023",
  "ind.cli.error.badBaseUrl":
    "invalid value “{value}” for --base-url; give an address starting with http:// or https://",
  "ind.cli.error.noMunicipality":
    "{file}: “municipality” with the municipality's Kolada id is missing, but indicators are to be fetched from Kolada (count: {count})",
  "ind.cli.error.fetchFailed": "fetching from Kolada failed, nothing was written: {detail}",
  "ind.cli.error.writeFailed": "{file} could not be written ({detail})",
  "ind.cli.fetching": "Fetching from {base}: municipality {municipality}, KPIs: {kpis}, years {years}.",
  "ind.cli.requests": "Requests to Kolada: {count}.",
  "ind.cli.fetched": "{goal} / {indicator} ({kpi}, {gender}): fetched for {years} (count: {count}).",
  "ind.cli.missing": "{goal} / {indicator} ({kpi}, {gender}): no value in Kolada for {years}.",
  "ind.cli.unknownKpi": "{goal} / {indicator}: the KPI {kpi} does not exist in Kolada.",
  "ind.cli.noKolada": "No indicator has the source “kolada”; {file} was written unchanged.",
  "ind.cli.wrote": "Wrote {file}; values from Kolada: {count} (Source: Kolada, fetched {date}).",
};
