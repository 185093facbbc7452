// Strings of the CLI's `split` and `collect` (sending each responsible body its goals and merging
// the returns). Add keys to `sv` first; `en` must then have the same keys. Part of the CLI's
// table (cliStrings.ts), so the task pane's first load carries none of them.
export const sv = {
  "cli.command.split": "dela upp arbetsboken: en fil per ansvarig, med bara dess mål",
  "cli.split.usage":
    "Användning: maluppfoljning split FIL.xlsx --out-dir MAPP [--by responsible] [--lang sv|en]\n\nSkriver en arbetsbok per ansvarig (nämnd eller förvaltning) med bara dess mål, samma listor,\nfärger, instruktioner och sammanfattning. Filen heter som den ansvariga. Varje fil minns, på ett\ndolt blad, vilka värden den skickades med, så att svaren kan samlas in med collect utan att\nnågons ändringar skrivs över. FIL.xlsx ändras inte; en befintlig fil i MAPP med samma namn ersätts.\n\nAlternativ:\n  --out-dir MAPP   mappen som filerna skrivs till (den måste finnas)\n  --by responsible dela upp efter kolumnen Ansvarig (standard, det enda som finns)\n  --lang sv|en     språk för utdata (standard: arbetsbokens)\n  --help, -h       visa den här hjälpen\n\nSlutkod: 0 när filerna skrevs, 2 vid fel i anropet eller om en fil inte kunde läsas eller skrivas.",
  "cli.split.noResponsible": "Utan ansvarig",
  "cli.split.wrote": "{file}: {responsible}, {goals} mål",
  "cli.split.done": "Skrev {count} arbetsböcker till {dir}.",
  "cli.split.errors":
    "Obs! {file} har {count} fel (se validate): en status eller trend som inte kan läsas skickas som tom cell, och huvudfilens cell behålls vid insamlingen.",
  "cli.split.noGoals": "{file} har inga mål att dela upp",
  "cli.error.needOutDir": "ange mappen som filerna ska skrivas till med --out-dir MAPP",
  "cli.error.outDirMissing": "mappen {dir} finns inte; skapa den eller välj en annan",
  "cli.command.collect":
    "samla in svaren: för in de ansvarigas ändringar i huvudfilen, utan att skriva över någon",
  "cli.collect.usage":
    "Användning: maluppfoljning collect HUVUD.xlsx SVAR.xlsx… --out UT.xlsx [--format text|json] [--lang sv|en]\n\nSamlar in filerna som split skickade ut. För varje mål (efter mål-ID) och varje kolumn som\ntjänstepersonerna fyller i (status, trend, kommentar …), och för varje indikatorvärde (mål,\nindikator, år), jämförs det som skickades, det som kom tillbaka och det som huvudfilen har nu:\n  - ändrat i svaret men inte i huvudfilen: svarets värde förs in;\n  - ändrat på båda hållen till olika värden: huvudfilens värde behålls och konflikten listas;\n  - två svar med olika värden för samma mål: konflikt;\n  - ett mål som huvudfilen saknar, eller vars text, program eller målområde ändrats: listas, förs inte in;\n  - ett indikatorvärde som inte är ett tal: listas, förs inte in;\n  - en fil som inte kommer från split, eller vars måltabell har fel: listas, de andra samlas in ändå.\nHUVUD.xlsx ändras inte; resultatet skrivs till UT.xlsx, helt eller inte alls.\n\nAlternativ:\n  --out UT.xlsx        filen som skrivs (inte samma som HUVUD.xlsx; en befintlig ersätts)\n  --format text|json   utdataformat (standard: text)\n  --lang sv|en         språk för utdata (standard: huvudfilens)\n  --help, -h           visa den här hjälpen\n\nSlutkod: 0 när allt samlades in, 1 när något blev en konflikt eller inte kunde föras in\n(UT.xlsx skrivs ändå), 2 när HUVUD.xlsx inte kunde läsas eller UT.xlsx inte skrivas.",
  "cli.error.needReturns": "ange minst en fil att samla in (SVAR.xlsx) efter HUVUD.xlsx",
  "cli.error.returnIsMain": "{file} är huvudfilen själv, inte ett svar",
  "collect.taken": "Fört in: {file}, {goal}, {column}: {from} → {to}",
  "collect.conflict":
    "Konflikt: {file}, {goal}, {column}: skickat {sent}, huvudfilen {main}, svaret {returned}; huvudfilens värde behålls",
  "collect.rejectedFile": "Inte infört: {file}: {reason}",
  "collect.rejectedGoal": "Inte infört: {file}, {goal}: {reason}",
  "collect.empty": "(tom)",
  "collect.reason.unreadable": "filen kunde inte läsas ({detail})",
  "collect.reason.not-ours":
    "filen kommer inte från split (den saknar uppgiften om vilka värden den skickades med)",
  "collect.reason.other-main": "filen delades ut från en annan arbetsbok ({detail})",
  "collect.reason.invalid": "måltabellen har fel: {detail}",
  "collect.reason.unknown-goal": "målet finns inte i huvudfilen",
  "collect.reason.not-sent": "målet fanns inte i filen när den skickades ut",
  "collect.reason.deleted": "målet skickades ut men saknas i svaret (raden eller mål-ID:t har tagits bort)",
  "collect.reason.structure-changed": "målets {detail} har ändrats i svaret",
  "collect.reason.duplicate-id": "flera rader har samma mål-ID",
  "collect.indicatorColumn": "Indikator {name} {year}",
  "collect.reason.indicator-not-number": "indikatorn {indicator}, {year}: {detail} är inget tal",
  "collect.reason.indicator-unknown": "indikatorn {indicator} finns inte för målet i huvudfilen",
  "collect.reason.indicator-no-year":
    "indikatorbladet i huvudfilen har ingen kolumn för {year} (indikatorn {indicator})",
  "collect.reason.indicator-not-sent": "indikatorn {indicator} fanns inte i filen när den skickades ut",
  "collect.reason.indicator-deleted": "indikatorn {indicator} skickades ut men saknas i svaret",
  "collect.reason.indicator-duplicate": "flera rader har indikatorn {indicator} för målet",
  "collect.reason.indicator-not-recorded":
    "indikatorn {indicator} har värden, men filen delades ut av en äldre version som inte minns vilka indikatorvärden den skickades med; för in dem för hand",
  "collect.summary":
    "{taken} värden förda in, {conflicts} konflikter, {rejected} inte införda, {unchanged} oförändrade.",
};

export const en: Record<keyof typeof sv, string> = {
  "cli.command.split": "split the workbook: one file per responsible body, with only its goals",
  "cli.split.usage":
    "Usage: maluppfoljning split FILE.xlsx --out-dir DIR [--by responsible] [--lang sv|en]\n\nWrites one workbook per responsible body (committee or administration) with only its goals,\nthe same lists, colours, instructions and summary. Each file is named after the body. Each file\nremembers, on a hidden sheet, the values it was sent with, so that the returns can be collected\nwith collect without overwriting anyone's changes. FILE.xlsx is not changed; an existing file of\nthe same name in DIR is replaced.\n\nOptions:\n  --out-dir DIR     the folder the files are written to (it must exist)\n  --by responsible  split by the Responsible column (the default and only choice)\n  --lang sv|en      language of the output (default: the workbook's)\n  --help, -h        show this help\n\nExit code: 0 when the files were written, 2 on a usage error or when a file could not be read or written.",
  "cli.split.noResponsible": "No responsible",
  "cli.split.wrote": "{file}: {responsible}, {goals} goals",
  "cli.split.done": "Wrote {count} workbooks to {dir}.",
  "cli.split.errors":
    "Note: {file} has {count} errors (see validate): a status or trend that cannot be read is sent as an empty cell, and the main workbook's cell is kept when collecting.",
  "cli.split.noGoals": "{file} has no goals to split",
  "cli.error.needOutDir": "give the folder to write the files to with --out-dir DIR",
  "cli.error.outDirMissing": "the folder {dir} does not exist; create it or choose another",
  "cli.command.collect":
    "collect the returns: bring the responsible bodies' changes into the main workbook, overwriting no one",
  "cli.collect.usage":
    "Usage: maluppfoljning collect MAIN.xlsx RETURN.xlsx… --out OUT.xlsx [--format text|json] [--lang sv|en]\n\nCollects the files split sent out. For each goal (by goal ID) and each column the officials\nfill in (status, trend, comment …), and for each indicator value (goal, indicator, year), it\ncompares what was sent, what came back and what the main workbook holds now:\n  - changed in the return but not in the main: the returned value is taken;\n  - changed on both sides to different values: the main's value is kept and the conflict listed;\n  - two returns with different values for one goal: a conflict;\n  - a goal the main lacks, or whose text, programme or area was changed: listed, not applied;\n  - an indicator value that is not a number: listed, not applied;\n  - a file that did not come from split, or whose goal table has errors: listed, the others still collected.\nMAIN.xlsx is not changed; the result is written to OUT.xlsx, completely or not at all.\n\nOptions:\n  --out OUT.xlsx       the file written (not MAIN.xlsx itself; an existing one is replaced)\n  --format text|json   output format (default: text)\n  --lang sv|en         language of the output (default: the main workbook's)\n  --help, -h           show this help\n\nExit code: 0 when everything was collected, 1 when anything was left as a conflict or could not\nbe applied (OUT.xlsx is written all the same), 2 when MAIN.xlsx could not be read or OUT.xlsx not written.",
  "cli.error.needReturns": "give at least one file to collect (RETURN.xlsx) after MAIN.xlsx",
  "cli.error.returnIsMain": "{file} is the main workbook itself, not a return",
  "collect.taken": "Taken: {file}, {goal}, {column}: {from} → {to}",
  "collect.conflict":
    "Conflict: {file}, {goal}, {column}: sent {sent}, main {main}, returned {returned}; the main's value is kept",
  "collect.rejectedFile": "Not applied: {file}: {reason}",
  "collect.rejectedGoal": "Not applied: {file}, {goal}: {reason}",
  "collect.empty": "(empty)",
  "collect.reason.unreadable": "the file could not be read ({detail})",
  "collect.reason.not-ours":
    "the file did not come from split (it has no record of the values it was sent with)",
  "collect.reason.other-main": "the file was split from another workbook ({detail})",
  "collect.reason.invalid": "its goal table has errors: {detail}",
  "collect.reason.unknown-goal": "the goal is not in the main workbook",
  "collect.reason.not-sent": "the goal was not in the file when it was sent",
  "collect.reason.deleted":
    "the goal was sent but is missing from the return (its row or goal ID was removed)",
  "collect.reason.structure-changed": "the goal's {detail} was changed in the return",
  "collect.reason.duplicate-id": "several rows have the same goal ID",
  "collect.indicatorColumn": "Indicator {name} {year}",
  "collect.reason.indicator-not-number": "indicator {indicator}, {year}: {detail} is not a number",
  "collect.reason.indicator-unknown": "the main workbook has no indicator {indicator} for the goal",
  "collect.reason.indicator-no-year":
    "the main workbook's indicator sheet has no column for {year} (indicator {indicator})",
  "collect.reason.indicator-not-sent": "indicator {indicator} was not in the file when it was sent",
  "collect.reason.indicator-deleted": "indicator {indicator} was sent but is missing from the return",
  "collect.reason.indicator-duplicate": "several rows have indicator {indicator} for the goal",
  "collect.reason.indicator-not-recorded":
    "indicator {indicator} has values, but the file was split by an older version that does not record the indicator values it was sent with; enter them by hand",
  "collect.summary":
    "{taken} values taken, {conflicts} conflicts, {rejected} not applied, {unchanged} unchanged.",
};
