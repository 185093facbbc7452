// Strings of the self-test (src/selftest, the pane's diagnostics view and `npm run selftest`). A
// table of its own (selftestStrings.ts) so that the task pane's first load does not carry them.
// Add keys to `sv` first; `en` must then have the same keys.
export const sv = {
  "st.title": "Självtest",
  "st.intro":
    "Kontrollerar i den här Excel-versionen varje beteende i Office.js som tillägget bygger på. Kör det i en ny, tom arbetsbok. Testet skapar ett tillfälligt blad, kör kontrollerna och tar sedan bort bladet, sina namn och sin inställning. En sak blir kvar i arbetsboken: självtestets tilläggsdel, där Excel sparar tilläggets inställningar. Den följer med om arbetsboken sparas, så spara inte arbetsboken (eller ta bort den efteråt). Det tar några sekunder.",
  "st.run": "Kör självtestet",
  "st.running": "Självtestet körs …",
  "st.copy": "Kopiera rapporten",
  "st.copied": "Rapporten är kopierad.",
  "st.copyFailed": "Rapporten kunde inte kopieras. Markera texten nedan och kopiera den.",
  "st.reportLabel": "Rapport att bifoga",
  "st.failedToRun": "Självtestet kunde inte köras: {error}",
  "st.reportTitle": "Måluppföljning, självtest",
  "st.manifestName": "Måluppföljning (självtest)",
  "st.env.host": "Värd: {host} · plattform: {platform} · version: {version}",
  "st.env.sets": "Kravuppsättningar: {sets}",
  "st.env.highest": "högsta ExcelApi: {version}",
  "st.env.emulator":
    "Körd mot emulatorn (test/emulator), inte mot Excel: ett röktest av själva kontrollerna. Bara en rapport från Excel visar hur Excel beter sig.",
  "st.env.unknown": "okänd",
  "st.summary": "{passed} godkända, {failed} underkända",
  "st.summarySkipped": "{passed} godkända, {failed} underkända, {skipped} kunde inte köras",
  "st.skip": "kunde inte köras",
  "st.pass": "godkänd",
  "st.fail": "underkänd",
  "st.emulator": "efterliknas bara: {text}",
  "st.leftovers.found":
    "Kvar från ett tidigare självtest som inte hann städa efter sig (fönstret stängdes under körningen, eller Excel vägrade): {what}. Vill du ta bort det? Inget annat i arbetsboken ändras.",
  "st.leftovers.remove": "Ta bort det",
  "st.leftovers.removed": "Borttaget. Inget finns kvar från tidigare självtest.",
  "st.leftovers.failed": "Finns kvar: {what}. Excel svarade: {error}",
  "st.leftovers.stillThere": "Finns kvar: {what}.",
  "st.leftovers.sheet": "bladet {name}",
  "st.leftovers.name": "namnet {name}",
  "st.leftovers.setting": "inställningen {name}",

  "st.detail.ok": "som väntat",
  "st.detail.expected": "väntade {expected}, fick {actual}",
  "st.detail.error": "Excel svarade med ett fel: {error}",
  "st.detail.notRefused": "skrivningen i fel form togs emot i stället för att vägras",
  "st.detail.missing": "saknas: {sets}",
  "st.detail.skipped": "kördes inte: det tillfälliga bladet kunde inte skapas ({error})",
  "st.detail.bytes": "{bytes} byte (uppskattat) i en begäran",
  "st.detail.left": "kvar efteråt: {what}",
  "st.detail.cspNone": "ingen begäran blockerades",
  "st.detail.cspBlocked": "blockerat av policyn: {what}",
  "st.detail.fillUnavailable":
    "Excel saknar Range.autoFill (ExcelApi 1.9): tillägget skriver då formeln rad för rad.",
  "st.detail.cspUnavailable":
    "kunde inte köras: webbläsaren rapporterar inte blockerade begäranden (händelsen securitypolicyviolation saknas)",

  "st.check.requirements": "Kravuppsättningarna som tillägget behöver finns ({sets})",
  "st.check.text": "Text som börjar med ”{prefix}” i en cell med talformatet ”@” förblir exakt den texten",
  "st.check.textDecimal": "Texten ”1.10” i en cell med talformatet ”@” förblir texten ”1.10”, inte talet 1,1",
  "st.check.shape":
    "Värden skrivs i exakt områdets form (rader × kolumner); en skrivning i fel form vägras och ändrar ingenting",
  "st.check.null": "null i en skrivning lämnar cellen som den var",
  "st.check.columnText":
    "En kolumn som får talformatet ”@” ner till bladets sista rad med ett enda värde håller texten ”1.10” som text långt under data; samma format på hela kolumnen (”K:K”) vägras",
  "st.check.tableCreate":
    "En tabell skapas med rubrikrad, och rubrikerna och raderna läses tillbaka som de skrevs",
  "st.check.tableExpand": "Värden som skrivs på raden direkt under en tabell blir en ny rad i tabellen",
  "st.check.validation":
    "Listvalideringen med den källa tillägget bygger (etiketterna åtskilda med kommatecken) ger en post per etikett, också i en svenskspråkig Excel",
  "st.check.conditional":
    "En anpassad villkorsstyrd formatering, med formeln relativ till områdets övre vänstra cell, behåller sin formel och sitt område",
  "st.check.countifs":
    "COUNTIFS över strukturerade referenser med tilläggets undantagna villkor räknar bara celler som är exakt lika (? * ~ och = i texten)",
  "st.check.names":
    "Ett namn i arbetsboken med en formel kan läggas till, läsas tillbaka och användas i en cell",
  "st.check.settings":
    "En inställning som sparas i dokumentet (saveAsync) finns kvar när kopian läses om (refreshAsync), så som fönstret och menyflikens knappar delar inställningar",
  "st.check.fill":
    "En tabellkolumn med en formel skrivs i första cellen och fylls nedåt (Range.autoFill), så som måltabellens kolumner för förra året: varje rad får formeln och räknar sin egen rad",
  "st.check.filter": "En filtrerad tabell känns igen som filtrerad, och filtret går att ta bort",
  "st.check.chart":
    "Ett diagram med staplade staplar (100 %) ritas som sammanfattningen ritar sina: namn, rubrik, serier och etiketternas talformat läses tillbaka som de sattes",
  "st.check.budget":
    "En skrivning strax under tilläggets gräns per begäran ({budget} byte uppskattat) går igenom i en enda begäran",
  "st.check.cleanup": "Det tillfälliga bladet och självtestets namn och inställning är borta efteråt",

  "st.approx.chart":
    "emulatorn sparar bara anropen och ritar inget; bara Excel visar att serierna och etiketterna blir som de sattes",
  "st.approx.columnText":
    "emulatorn håller ett sådant format som ett band över området; bara Excel visar att ett enda värde verkligen gäller varje cell ner till rad 1 048 576",
  "st.approx.tableExpand":
    "emulatorn låter tabellen växa bara i det enkla fallet (en skrivning som börjar inom tabellens kolumner); Excel gör det efter användarens autokorrigeringsinställning",
  "st.approx.validation":
    "emulatorn har ingen språkinställning och delar alltid källan vid kommatecken; bara Excel visar om en svensk Excel gör detsamma",
  "st.approx.conditional":
    "emulatorn lagrar formeln som den skrevs; bara Excel visar om formeln flyttas till en annan cell",
  "st.approx.countifs":
    "emulatorn räknar med sin egen formelmotor (jämförd med LibreOffice), inte med Excels",
  "st.approx.names": "emulatorn räknar ut namnets formel med sin egen formelmotor",
  "st.approx.settings":
    "i emulatorn delar fönstret och knapparna en enda kopia av inställningarna; i Excel gör de det bara med delad körmiljö (SharedRuntime 1.1), annars har de var sin",
  "st.approx.filter": "emulatorn minns bara vilka kolumner som har ett filter; inga rader döljs",
  "st.approx.budget": "emulatorns storlek på en begäran är en uppskattning av Office.js sätt att skicka den",
  "st.approx.requirements": "emulatorn svarar med de kravuppsättningar den är inställd på",
  "st.check.csp":
    "Sidans Content-Security-Policy blockerade ingen begäran medan självtestet körde (webbläsarens securitypolicyviolation-händelser: direktiv och blockerad adress)",
  "st.approx.csp":
    "här finns ingen webbläsare och ingen policy: kontrollen lyssnar på en ersättare för dokumentet, och ingen begäran blockeras",
};

export const en: Record<keyof typeof sv, string> = {
  "st.title": "Self-test",
  "st.intro":
    "Checks, in this version of Excel, every Office.js behaviour the add-in relies on. Run it in a new blank workbook. The test creates a scratch sheet, runs the checks and then deletes the sheet, its names and its setting. One thing stays in the workbook: the self-test add-in's part, where Excel keeps the add-in's settings. It goes with the workbook if that is saved, so do not save the workbook (or delete it afterwards). It takes a few seconds.",
  "st.run": "Run the self-test",
  "st.running": "The self-test is running …",
  "st.copy": "Copy the report",
  "st.copied": "The report is copied.",
  "st.copyFailed": "The report could not be copied. Select the text below and copy it.",
  "st.reportLabel": "Report to attach",
  "st.failedToRun": "The self-test could not run: {error}",
  "st.reportTitle": "Måluppföljning, self-test",
  "st.manifestName": "Goal follow-up (self-test)",
  "st.env.host": "Host: {host} · platform: {platform} · version: {version}",
  "st.env.sets": "Requirement sets: {sets}",
  "st.env.highest": "highest ExcelApi: {version}",
  "st.env.emulator":
    "Run against the emulator (test/emulator), not against Excel: a smoke test of the checks themselves. Only a report from Excel shows how Excel behaves.",
  "st.env.unknown": "unknown",
  "st.summary": "{passed} passed, {failed} failed",
  "st.summarySkipped": "{passed} passed, {failed} failed, {skipped} could not run",
  "st.skip": "could not run",
  "st.pass": "passed",
  "st.fail": "failed",
  "st.emulator": "approximated: {text}",
  "st.leftovers.found":
    "Left from an earlier self-test that could not clean up after itself (the pane was closed during the run, or Excel refused): {what}. Remove it? Nothing else in the workbook is changed.",
  "st.leftovers.remove": "Remove it",
  "st.leftovers.removed": "Removed. Nothing is left from earlier self-tests.",
  "st.leftovers.failed": "Still there: {what}. Excel answered: {error}",
  "st.leftovers.stillThere": "Still there: {what}.",
  "st.leftovers.sheet": "the sheet {name}",
  "st.leftovers.name": "the name {name}",
  "st.leftovers.setting": "the setting {name}",

  "st.detail.ok": "as expected",
  "st.detail.expected": "expected {expected}, got {actual}",
  "st.detail.error": "Excel answered with an error: {error}",
  "st.detail.notRefused": "the write in the wrong shape was accepted instead of refused",
  "st.detail.missing": "missing: {sets}",
  "st.detail.skipped": "not run: the scratch sheet could not be created ({error})",
  "st.detail.bytes": "{bytes} bytes (estimated) in one request",
  "st.detail.left": "left behind: {what}",
  "st.detail.cspNone": "no request was blocked",
  "st.detail.cspBlocked": "blocked by the policy: {what}",
  "st.detail.fillUnavailable":
    "Excel lacks Range.autoFill (ExcelApi 1.9): the add-in then writes the formula row by row.",
  "st.detail.cspUnavailable":
    "could not run: the browser does not report blocked requests (no securitypolicyviolation event)",

  "st.check.requirements": "The requirement sets the add-in needs are present ({sets})",
  "st.check.text": "Text starting with “{prefix}” in a cell with number format “@” stays exactly that text",
  "st.check.textDecimal":
    "The text “1.10” in a cell with number format “@” stays the text “1.10”, not the number 1.1",
  "st.check.shape":
    "Values are written in exactly the range's shape (rows × columns); a write in another shape is refused and changes nothing",
  "st.check.null": "null in a write leaves the cell as it was",
  "st.check.columnText":
    "A column given the number format “@” down to the sheet's last row with a single value keeps the text “1.10” as text far below the data; the same format on the whole column (“K:K”) is refused",
  "st.check.tableCreate":
    "A table is created with a header row, and its headers and rows read back as written",
  "st.check.tableExpand": "Values written in the row right below a table become a new row of the table",
  "st.check.validation":
    "The list validation with the source the add-in builds (the labels separated by commas) gives one entry per label, also in a Swedish-language Excel",
  "st.check.conditional":
    "A custom conditional format, its formula relative to the range's top-left cell, keeps its formula and its range",
  "st.check.countifs":
    "COUNTIFS over structured references with the add-in's escaped criteria counts only cells that are exactly equal (? * ~ and = in the text)",
  "st.check.names": "A workbook name holding a formula can be added, read back and used in a cell",
  "st.check.settings":
    "A setting saved in the document (saveAsync) is still there when the copy is read again (refreshAsync), as the pane and the ribbon buttons share settings",
  "st.check.fill":
    "A table column of one formula is written in its first cell and filled down (Range.autoFill), as the goal table's last-year columns are: every row gets the formula and computes its own row",
  "st.check.filter": "A filtered table is recognised as filtered, and the filter can be removed",
  "st.check.chart":
    "A 100 % stacked bar chart is drawn as the summary draws its own: its name, title, series and label number format read back as they were set",
  "st.check.budget":
    "A write just under the add-in's budget per request ({budget} bytes estimated) goes through in one request",
  "st.check.cleanup": "The scratch sheet and the self-test's name and setting are gone afterwards",

  "st.approx.chart":
    "the emulator only stores the calls and draws nothing; only Excel shows that the series and labels come out as set",
  "st.approx.columnText":
    "the emulator keeps such a format as a band over the range; only Excel shows that a single value really applies to every cell down to row 1,048,576",
  "st.approx.tableExpand":
    "the emulator grows the table only in the simple case (a write starting within the table's columns); Excel does it by the user's AutoCorrect setting",
  "st.approx.validation":
    "the emulator has no locale and always splits the source at commas; only Excel shows whether a Swedish Excel does the same",
  "st.approx.conditional":
    "the emulator stores the formula as written; only Excel shows whether the formula is moved to another cell",
  "st.approx.countifs":
    "the emulator counts with its own formula engine (checked against LibreOffice), not Excel's",
  "st.approx.names": "the emulator evaluates the name's formula with its own formula engine",
  "st.approx.settings":
    "in the emulator the pane and the buttons share one copy of the settings; in Excel they do only with a shared runtime (SharedRuntime 1.1), else each has its own",
  "st.approx.filter": "the emulator only remembers which columns have a filter; no rows are hidden",
  "st.approx.budget": "the emulator's request size is an estimate of how Office.js sends it",
  "st.approx.requirements": "the emulator answers with the requirement sets it is configured with",
  "st.check.csp":
    "The page's Content-Security-Policy blocked no request while the self-test ran (the browser's securitypolicyviolation events: directive and blocked address)",
  "st.approx.csp":
    "there is no browser and no policy here: the check listens on a stand-in for the document, and no request is blocked",
};
