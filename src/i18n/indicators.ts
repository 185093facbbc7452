// Strings for indicators: their format errors, shown wherever a structure file is read (the
// Kolada client's and the `kolada` command's strings are in kolada.ts). Add keys to `sv` first;
// `en` must then have the same keys. Keys start with "ind.".
export const sv = {
  // Format errors beyond the schema. {path} is a JSON path such as $.programs[0].areas[0].goals[0].indicators[1].
  "ind.format.duplicateId": "{path}: indikator-ID ”{id}” används redan för samma mål, på {other}.",
  "ind.format.targetEqualsBaseline":
    "{path}: målvärdet är detsamma som utgångsvärdet ({value}); då går det inte att räkna ut hur långt indikatorn har kommit.",
  "ind.format.targetYearNotAfter": "{path}: målåret {target} måste ligga efter basåret {baseline}.",
  "ind.format.directionIncrease":
    "{path}: indikatorn ska öka (”increase”), men målvärdet {target} är lägre än utgångsvärdet {baseline}.",
  "ind.format.directionDecrease":
    "{path}: indikatorn ska minska (”decrease”), men målvärdet {target} är högre än utgångsvärdet {baseline}.",
  "ind.format.duplicateYear": "{path}: året {year} finns redan på {other}.",
  "ind.format.notFinite": "{path}: ska vara ett ändligt tal, men är {value}.",
  "ind.format.kpiOnlyKolada": "{path}: ”{key}” hör bara till källan ”kolada”, inte till ”manual”.",
  "ind.format.yellowAboveGreen":
    "{path}: gränsen för gul ({yellow}) får inte vara högre än gränsen för grön ({green}).",
  // A suggestion from the indicators (src/domain/suggestions.ts), in validation's information.
  "ind.suggest.differs": "Nyckeltalen föreslår {suggested}; målet har {official}. {figures}.",
  "ind.suggest.status": "status {status}",
  "ind.suggest.trend": "trend {trend}",
  "ind.suggest.figures": "{name}: {value} år {year}, målet {target} år {targetYear}, framsteg {progress}",
  "ind.suggest.figuresNoProgress": "{name}: {value} år {year}, målet {target} år {targetYear}",
  "ind.suggest.noValue": "{name}: inget värde ännu",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "ind.format.duplicateId": "{path}: indicator id “{id}” is already used for the same goal, at {other}.",
  "ind.format.targetEqualsBaseline":
    "{path}: the target value is the same as the baseline value ({value}), so progress cannot be worked out.",
  "ind.format.targetYearNotAfter":
    "{path}: the target year {target} must come after the baseline year {baseline}.",
  "ind.format.directionIncrease":
    "{path}: the indicator should increase (“increase”), but the target value {target} is below the baseline value {baseline}.",
  "ind.format.directionDecrease":
    "{path}: the indicator should decrease (“decrease”), but the target value {target} is above the baseline value {baseline}.",
  "ind.format.duplicateYear": "{path}: the year {year} is already given at {other}.",
  "ind.format.notFinite": "{path}: should be a finite number, but is {value}.",
  "ind.format.kpiOnlyKolada": "{path}: “{key}” belongs only to the source “kolada”, not to “manual”.",
  "ind.format.yellowAboveGreen":
    "{path}: the yellow threshold ({yellow}) must not be higher than the green threshold ({green}).",
  "ind.suggest.differs": "The indicators suggest {suggested}; the goal has {official}. {figures}.",
  "ind.suggest.status": "status {status}",
  "ind.suggest.trend": "trend {trend}",
  "ind.suggest.figures": "{name}: {value} in {year}, target {target} by {targetYear}, progress {progress}",
  "ind.suggest.figuresNoProgress": "{name}: {value} in {year}, target {target} by {targetYear}",
  "ind.suggest.noValue": "{name}: no value yet",
};
