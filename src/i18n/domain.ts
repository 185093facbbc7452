// Strings for the domain section: status and trend labels, structure (schema) errors, validation
// issues and the report text. Add keys to `sv` first; `en` must then have the same keys.
// Keys start with "domain." because all sections share one key space.
export const sv = {
  // Labels: what the goal table's cells and dropdowns hold, and the names of a missing status or
  // trend wherever counts are shown (summary sheet, CLI, pane).
  "domain.status.red": "Röd",
  "domain.status.yellow": "Gul",
  "domain.status.green": "Grön",
  "domain.trend.up": "Uppåt",
  "domain.trend.flat": "Oförändrad",
  "domain.trend.down": "Nedåt",
  "domain.notAssessed": "Ej bedömd",
  "domain.missingTrend": "Trend saknas",

  // Language names inside a sentence ("på svenska"), for the CLI and the pane.
  "domain.language.sv": "svenska",
  "domain.language.en": "engelska",

  // Column names as used in messages and in the CLI's tables. The goal table's headers are the
  // wb.col.* keys: a header is what the table is written with and read back by, so it cannot be
  // shortened the way a message's column name can.
  "domain.column.id": "ID",
  "domain.column.program": "Program",
  "domain.column.area": "Målområde",
  "domain.column.text": "Mål",
  "domain.column.responsible": "Ansvarig",
  "domain.column.sdgs": "Agenda 2030",
  "domain.column.status": "Status",
  "domain.column.trend": "Trend",
  "domain.column.comment": "Kommentar",
  "domain.column.activities": "Aktiviteter",

  // JSON value types, for schema errors ("should be {expected}").
  "domain.type.object": "ett objekt",
  "domain.type.array": "en lista",
  "domain.type.string": "en text",
  "domain.type.integer": "ett heltal",
  "domain.type.number": "ett tal",
  "domain.type.boolean": "true eller false",
  "domain.type.null": "null",
  "domain.list.or": "eller",
  "domain.list.and": "och",

  // Structure (schema and semantic) errors. {path} is a JSON path such as $.programs[0].name.
  "domain.structure.type": "{path}: ska vara {expected}, men är {actual}.",
  "domain.structure.required": "{path}: det obligatoriska fältet ”{key}” saknas.",
  "domain.structure.unknownKey": "{path}: okänt fält ”{key}”. Tillåtna fält här: {allowed}.",
  "domain.structure.invalidKey":
    "{path}: okänt fält {key}; namnet innehåller ett ogiltigt tecken (ett ensamt surrogattecken).",
  "domain.structure.enum": "{path}: {value} är inte tillåtet. Tillåtna värden: {allowed}.",
  "domain.structure.pattern.id":
    "{path}: {value} är inget giltigt ID. Ett ID börjar med en bokstav eller siffra och innehåller bara bokstäver, siffror och . _ : / -",
  "domain.structure.pattern.date": "{path}: {value} är inget datum på formen ÅÅÅÅ-MM-DD.",
  "domain.structure.pattern.color": "{path}: {value} är ingen färg på formen #RRGGBB.",
  "domain.structure.pattern": "{path}: {value} har fel format (mönster {pattern}).",
  "domain.structure.minimum": "{path}: {value} är mindre än det minsta tillåtna, {limit}.",
  "domain.structure.maximum": "{path}: {value} är större än det största tillåtna, {limit}.",
  "domain.structure.empty": "{path}: får inte vara tomt.",
  "domain.structure.minLength": "{path}: texten är för kort (minst {limit} tecken).",
  "domain.structure.maxLength": "{path}: texten är för lång ({length} tecken, högst {limit}).",
  "domain.structure.uniqueItems": "{path}: listan innehåller samma värde flera gånger.",
  "domain.structure.other": "{path}: följer inte schemat (regeln ”{keyword}”).",
  "domain.structure.duplicateGoalId": "{path}: mål-ID ”{id}” används redan på {other}.",
  "domain.structure.duplicateProgramId": "{path}: program-ID ”{id}” används redan på {other}.",
  "domain.structure.duplicateAreaId":
    "{path}: målområdes-ID ”{id}” används redan i samma program, på {other}.",
  "domain.structure.duplicateFocusAreaId":
    "{path}: fokusområdes-ID ”{id}” används redan i samma målområde, på {other}.",
  "domain.structure.duplicateSdg": "{path}: Agenda 2030-mål {number} finns redan på {other}.",
  "domain.structure.unknownParent": "{path}: det finns inget program med ID ”{id}”.",
  "domain.structure.selfParent": "{path}: ett program kan inte genomföra sig självt.",
  "domain.structure.unknownFocusArea": "{path}: målområdet har inget fokusområde med ID ”{id}”.",
  "domain.structure.historyNotBefore":
    "{path}: historiken får bara innehålla år före uppföljningsåret {current}, men här står {year}.",
  "domain.structure.historyDuplicateYear": "{path}: året {year} finns redan i historiken, på {other}.",
  "domain.structure.historyOrder":
    "{path}: historiken ska stå äldst först, men {year} kommer efter {previous}.",
  "domain.structure.moreErrors": "… och {count} fel till.",
  "domain.structure.emptyFile": "$: filen är tom.",
  "domain.structure.jsonSyntax": "$: filen är inte giltig JSON: {problem} på rad {line}, kolumn {column}.",
  "domain.structure.jsonEnd": "$: filen är inte giltig JSON: den tar slut mitt i ett värde.",
  "domain.structure.jsonOther": "$: filen är inte giltig JSON ({detail}).",
  "domain.structure.jsonUnexpected": "oväntat tecken {char}",
  "domain.structure.unreadable": "$: innehållet kunde inte kontrolleras ({detail}).",

  // Issues of the history table; the row they are on is not read (but for a status or trend).
  "domain.history.badYear": "Historiken: ”{value}” är inget årtal med fyra siffror. Raden läses inte.",
  "domain.history.yearNotBefore":
    "Historiken: {year} är inte före uppföljningsåret {current}. Raden läses inte.",
  "domain.history.unknownGoal": "Historiken: inget mål har ID ”{value}”. Raden läses inte.",
  "domain.history.missingId": "Historiken: raden saknar mål-ID. Den läses inte.",
  "domain.history.duplicateYear":
    "Historiken har redan en rad för {id} år {year} längre upp. Den här raden läses inte.",
  // Validation issues for goal rows. {value} is what the cell holds.
  "domain.issue.unknownStatus":
    "Okänd status ”{value}”. Använd {labels}, eller lämna tomt om målet inte är bedömt.",
  "domain.issue.ambiguousStatus": "”{value}” kan betyda både {first} och {second}. Skriv ut statusen.",
  "domain.issue.notAssessedStatus":
    "”{value}” betyder att målet inte är bedömt: lämna statusen tom i stället.",
  "domain.issue.unknownTrend": "Okänd trend ”{value}”. Använd {labels}, eller lämna tomt om trenden saknas.",
  "domain.issue.notAssessedTrend": "”{value}” betyder att trenden saknas: lämna trenden tom i stället.",
  "domain.issue.normalisableStatus": "Statusen ”{value}” skrivs ”{canonical}”.",
  "domain.issue.normalisableTrend": "Trenden ”{value}” skrivs ”{canonical}”.",
  "domain.issue.trendWithoutStatus": "Målet har en trend ({trend}) men ingen status.",
  "domain.issue.missingStatus": "Målet är inte bedömt: status saknas.",
  "domain.issue.duplicateId": "Mål-ID ”{id}” används redan av ett annat mål i tabellen.",
  "domain.issue.missingId": "Målet saknar ID.",
  "domain.issue.missingText": "Måltexten är tom.",
  "domain.issue.unknownProgram": "Okänt program ”{value}”. Kända program: {known}.",
  "domain.issue.missingProgram": "Programmet saknas. Kända program: {known}.",
  "domain.issue.unknownArea": "Målområdet ”{value}” finns inte i {program}. Målområden där: {known}.",
  "domain.issue.missingArea": "Målområdet saknas. Målområden i {program}: {known}.",
  "domain.issue.textTooLong":
    "Texten i kolumnen {column} är {length} tecken lång; en cell i Excel rymmer högst {limit} tecken.",
  "domain.issue.invalidSdg":
    "”{value}” är inget Agenda 2030-mål. Ange målens nummer 1–17, åtskilda med kommatecken.",
  "domain.issue.invalidStatusValue": "Okänd status {value} i strukturen.",
  "domain.issue.invalidTrendValue": "Okänd trend {value} i strukturen.",

  // Report text, in the style of the source document ("Av de 42 mål som gäller för …").
  "domain.report.none": "Det finns inga mål för {program}.",
  "domain.report.single": "Det enda målet för {program} är {adjective}.",
  "domain.report.singleNotAssessed": "Det enda målet för {program} är inte bedömt.",
  "domain.report.intro": "Av de {total} mål som gäller för {program} är det {list}.",
  "domain.report.noneAssessed": "Av de {total} mål som gäller för {program} är inget bedömt.",
  "domain.report.item.first.zero": "inga som är {plural}",
  "domain.report.item.first.one": "{count} som är {singular}",
  "domain.report.item.first.many": "{count} som är {plural}",
  "domain.report.item.zero": "inga {plural}",
  "domain.report.item.one": "{count} {singular}",
  "domain.report.item.many": "{count} {plural}",
  "domain.report.red.singular": "rött",
  "domain.report.red.plural": "röda",
  "domain.report.yellow.singular": "gult",
  "domain.report.yellow.plural": "gula",
  "domain.report.green.singular": "grönt",
  "domain.report.green.plural": "gröna",
  "domain.report.remaining.one": "Det övriga målet är inte bedömt.",
  "domain.report.remaining.many": "De övriga {count} målen är inte bedömda.",
  "domain.report.trend": "När det gäller utvecklingen visar trenden {parts}.",
  "domain.report.trend.up": "uppåt för {count} mål",
  "domain.report.trend.up.one": "uppåt för {count} mål",
  "domain.report.trend.flat": "rakt fram för {count} mål",
  "domain.report.trend.flat.one": "rakt fram för {count} mål",
  "domain.report.down.zero": "Inget mål är bedömt som att det går åt fel håll.",
  "domain.report.down.one": "Ett mål är bedömt som att det går åt fel håll.",
  "domain.report.down.many": "Det är {count} mål som är bedömda som att det går åt fel håll.",
  "domain.report.trendMissing.one": "För ett mål saknas trend.",
  "domain.report.trendMissing.many": "För {count} mål saknas trend.",
  "domain.report.noTrend": "Inget mål har någon bedömd trend.",

  // The comparison with an earlier year, shown beside the report text (not in it): "Jämfört med
  // 2023 har 3 mål fått en bättre bedömning, ett mål en sämre och 20 samma."
  "domain.comparison.intro": "Jämfört med {year} har {parts}.",
  "domain.comparison.improved.zero": "inget mål fått en bättre bedömning",
  "domain.comparison.improved.one": "ett mål fått en bättre bedömning",
  "domain.comparison.improved.many": "{count} mål fått en bättre bedömning",
  "domain.comparison.worsened.zero": "inget en sämre",
  "domain.comparison.worsened.one": "ett mål en sämre",
  "domain.comparison.worsened.many": "{count} en sämre",
  "domain.comparison.unchanged.zero": "inget samma",
  "domain.comparison.unchanged.one": "ett mål samma",
  "domain.comparison.unchanged.many": "{count} samma",
  "domain.comparison.notComparable.one":
    "Ett mål går inte att jämföra, eftersom det är nytt eller saknar status något av åren.",
  "domain.comparison.notComparable.many":
    "Det är {count} mål som inte går att jämföra, eftersom de är nya eller saknar status något av åren.",
  "domain.comparison.noneComparable":
    "Jämfört med {year} går inget mål att jämföra: inget har en status både då och i år.",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "domain.status.red": "Red",
  "domain.status.yellow": "Yellow",
  "domain.status.green": "Green",
  "domain.trend.up": "Up",
  "domain.trend.flat": "Flat",
  "domain.trend.down": "Down",
  "domain.notAssessed": "Not assessed",
  "domain.missingTrend": "Trend missing",

  "domain.language.sv": "Swedish",
  "domain.language.en": "English",

  "domain.column.id": "ID",
  "domain.column.program": "Programme",
  "domain.column.area": "Goal area",
  "domain.column.text": "Goal",
  "domain.column.responsible": "Responsible",
  "domain.column.sdgs": "Agenda 2030",
  "domain.column.status": "Status",
  "domain.column.trend": "Trend",
  "domain.column.comment": "Comment",
  "domain.column.activities": "Activities",

  "domain.type.object": "an object",
  "domain.type.array": "an array",
  "domain.type.string": "a string",
  "domain.type.integer": "an integer",
  "domain.type.number": "a number",
  "domain.type.boolean": "true or false",
  "domain.type.null": "null",
  "domain.list.or": "or",
  "domain.list.and": "and",

  "domain.structure.type": "{path}: should be {expected}, but is {actual}.",
  "domain.structure.required": "{path}: the required key “{key}” is missing.",
  "domain.structure.unknownKey": "{path}: unknown key “{key}”. Keys allowed here: {allowed}.",
  "domain.structure.invalidKey":
    "{path}: unknown key {key}; its name holds an invalid character (a lone surrogate).",
  "domain.structure.enum": "{path}: {value} is not allowed. Allowed values: {allowed}.",
  "domain.structure.pattern.id":
    "{path}: {value} is not a valid ID. An ID starts with a letter or digit and holds only letters, digits and . _ : / -",
  "domain.structure.pattern.date": "{path}: {value} is not a date written YYYY-MM-DD.",
  "domain.structure.pattern.color": "{path}: {value} is not a colour written #RRGGBB.",
  "domain.structure.pattern": "{path}: {value} has the wrong format (pattern {pattern}).",
  "domain.structure.minimum": "{path}: {value} is less than the smallest allowed, {limit}.",
  "domain.structure.maximum": "{path}: {value} is greater than the largest allowed, {limit}.",
  "domain.structure.empty": "{path}: must not be empty.",
  "domain.structure.minLength": "{path}: the text is too short (at least {limit} characters).",
  "domain.structure.maxLength": "{path}: the text is too long ({length} characters, at most {limit}).",
  "domain.structure.uniqueItems": "{path}: the list holds the same value more than once.",
  "domain.structure.other": "{path}: does not follow the schema (rule “{keyword}”).",
  "domain.structure.duplicateGoalId": "{path}: goal ID “{id}” is already used at {other}.",
  "domain.structure.duplicateProgramId": "{path}: programme ID “{id}” is already used at {other}.",
  "domain.structure.duplicateAreaId":
    "{path}: goal area ID “{id}” is already used in the same programme, at {other}.",
  "domain.structure.duplicateFocusAreaId":
    "{path}: focus area ID “{id}” is already used in the same goal area, at {other}.",
  "domain.structure.duplicateSdg": "{path}: Agenda 2030 goal {number} is already listed at {other}.",
  "domain.structure.unknownParent": "{path}: there is no programme with ID “{id}”.",
  "domain.structure.selfParent": "{path}: a programme cannot implement itself.",
  "domain.structure.unknownFocusArea": "{path}: the goal area has no focus area with ID “{id}”.",
  "domain.structure.historyNotBefore":
    "{path}: the history may only hold years before the follow-up year {current}, but this says {year}.",
  "domain.structure.historyDuplicateYear": "{path}: the year {year} is already in the history, at {other}.",
  "domain.structure.historyOrder":
    "{path}: the history goes oldest first, but {year} comes after {previous}.",
  "domain.structure.moreErrors": "… and {count} more errors.",
  "domain.structure.emptyFile": "$: the file is empty.",
  "domain.structure.jsonSyntax": "$: the file is not valid JSON: {problem} at line {line}, column {column}.",
  "domain.structure.jsonEnd": "$: the file is not valid JSON: it ends in the middle of a value.",
  "domain.structure.jsonOther": "$: the file is not valid JSON ({detail}).",
  "domain.structure.jsonUnexpected": "unexpected character {char}",
  "domain.structure.unreadable": "$: the content could not be checked ({detail}).",

  "domain.history.badYear": "History: “{value}” is not a four-digit year. The row is not read.",
  "domain.history.yearNotBefore":
    "History: {year} is not before the follow-up year {current}. The row is not read.",
  "domain.history.unknownGoal": "History: no goal has the ID “{value}”. The row is not read.",
  "domain.history.missingId": "History: the row has no goal ID. It is not read.",
  "domain.history.duplicateYear":
    "History already has a row for {id} in {year} further up. This row is not read.",
  "domain.issue.unknownStatus":
    "Unknown status “{value}”. Use {labels}, or leave it empty when the goal has not been assessed.",
  "domain.issue.ambiguousStatus": "“{value}” could mean {first} or {second}. Write the status out.",
  "domain.issue.notAssessedStatus":
    "“{value}” means the goal has not been assessed: leave the status empty instead.",
  "domain.issue.unknownTrend":
    "Unknown trend “{value}”. Use {labels}, or leave it empty when there is no trend.",
  "domain.issue.notAssessedTrend": "“{value}” means there is no trend: leave the trend empty instead.",
  "domain.issue.normalisableStatus": "The status “{value}” is written “{canonical}”.",
  "domain.issue.normalisableTrend": "The trend “{value}” is written “{canonical}”.",
  "domain.issue.trendWithoutStatus": "The goal has a trend ({trend}) but no status.",
  "domain.issue.missingStatus": "The goal has not been assessed: the status is missing.",
  "domain.issue.duplicateId": "Goal ID “{id}” is already used by another goal in the table.",
  "domain.issue.missingId": "The goal has no ID.",
  "domain.issue.missingText": "The goal text is empty.",
  "domain.issue.unknownProgram": "Unknown programme “{value}”. Known programmes: {known}.",
  "domain.issue.missingProgram": "The programme is missing. Known programmes: {known}.",
  "domain.issue.unknownArea": "The goal area “{value}” is not part of {program}. Its goal areas: {known}.",
  "domain.issue.missingArea": "The goal area is missing. Goal areas of {program}: {known}.",
  "domain.issue.textTooLong":
    "The text in the {column} column is {length} characters long; an Excel cell holds at most {limit}.",
  "domain.issue.invalidSdg":
    "“{value}” is not an Agenda 2030 goal. Give the goals' numbers 1–17, separated by commas.",
  "domain.issue.invalidStatusValue": "Unknown status {value} in the structure.",
  "domain.issue.invalidTrendValue": "Unknown trend {value} in the structure.",

  "domain.report.none": "There are no goals for {program}.",
  "domain.report.single": "The only goal for {program} is {adjective}.",
  "domain.report.singleNotAssessed": "The only goal for {program} has not been assessed.",
  "domain.report.intro": "Of the {total} goals for {program}, {list}.",
  "domain.report.noneAssessed": "None of the {total} goals for {program} has been assessed.",
  "domain.report.item.first.zero": "none is {plural}",
  "domain.report.item.first.one": "{count} is {singular}",
  "domain.report.item.first.many": "{count} are {plural}",
  "domain.report.item.zero": "none is {plural}",
  "domain.report.item.one": "{count} is {singular}",
  "domain.report.item.many": "{count} are {plural}",
  "domain.report.red.singular": "red",
  "domain.report.red.plural": "red",
  "domain.report.yellow.singular": "yellow",
  "domain.report.yellow.plural": "yellow",
  "domain.report.green.singular": "green",
  "domain.report.green.plural": "green",
  "domain.report.remaining.one": "The remaining goal has not been assessed.",
  "domain.report.remaining.many": "The remaining {count} goals have not been assessed.",
  "domain.report.trend": "As for the development, the trend is {parts}.",
  "domain.report.trend.up": "up for {count} goals",
  "domain.report.trend.up.one": "up for {count} goal",
  "domain.report.trend.flat": "flat for {count} goals",
  "domain.report.trend.flat.one": "flat for {count} goal",
  "domain.report.down.zero": "No goal is judged to be heading in the wrong direction.",
  "domain.report.down.one": "One goal is judged to be heading in the wrong direction.",
  "domain.report.down.many": "There are {count} goals judged to be heading in the wrong direction.",
  "domain.report.trendMissing.one": "One goal has no trend.",
  "domain.report.trendMissing.many": "There are {count} goals without a trend.",
  "domain.report.noTrend": "No goal has an assessed trend.",

  "domain.comparison.intro": "Compared with {year}, {parts}.",
  "domain.comparison.improved.zero": "no goal got a better assessment",
  "domain.comparison.improved.one": "one goal got a better assessment",
  "domain.comparison.improved.many": "{count} goals got a better assessment",
  "domain.comparison.worsened.zero": "none a worse one",
  "domain.comparison.worsened.one": "one goal a worse one",
  "domain.comparison.worsened.many": "{count} a worse one",
  "domain.comparison.unchanged.zero": "none the same",
  "domain.comparison.unchanged.one": "one goal the same",
  "domain.comparison.unchanged.many": "{count} the same",
  "domain.comparison.notComparable.one":
    "One goal cannot be compared, as it is new or lacks a status in one of the years.",
  "domain.comparison.notComparable.many":
    "There are {count} goals that cannot be compared, as they are new or lack a status in one of the years.",
  "domain.comparison.noneComparable":
    "Compared with {year}, no goal can be compared: none has a status both then and this year.",
};
