// The goal view's editable fields: one control per official-owned column of the goal table,
// chosen by the column's kind. A new kind gets its control by one more case in `GoalField`; a
// column of a kind without one is a plain text field, so nothing an official owns is hidden.
import * as React from "react";
import {
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  EXCEL_CELL_LIMIT,
  STATUSES,
  TRENDS,
  doneLabel,
  parseDone,
  parseStatus,
  parseTrend,
  statusLabel,
  trendLabel,
  type GoalColumn,
  type Lang,
} from "../../domain";
import { t } from "../../i18n/goalViewStrings";

const useStyles = makeStyles({
  choices: { flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  text: { width: "100%", minWidth: 0 },
});

export interface GoalFieldProps {
  column: GoalColumn;
  /** The pane's language (labels) and the workbook's (what is written to the cell). */
  lang: Lang;
  workbookLang: Lang;
  /** The field's text as it would be written to the cell. */
  value: string;
  onChange(value: string): void;
  disabled: boolean;
}

/** The column's control, by its kind. */
export function GoalField(props: GoalFieldProps): React.JSX.Element {
  switch (props.column.kind) {
    case "status":
      return (
        <ChoiceField
          {...props}
          choices={STATUSES}
          parse={parseStatus}
          label={statusLabel}
          none="gv.status.none"
        />
      );
    case "trend":
      return (
        <ChoiceField {...props} choices={TRENDS} parse={parseTrend} label={trendLabel} none="gv.trend.none" />
      );
    case "done":
      return <DoneField {...props} />;
    default:
      return <TextField {...props} />;
  }
}

interface ChoiceProps<T extends string> extends GoalFieldProps {
  choices: readonly T[];
  parse(text: string, lang: Lang): { value: T | null };
  label(value: T, lang: Lang): string;
  none: "gv.status.none" | "gv.trend.none";
}

const NONE = "none";

/**
 * Radio buttons with the labels (never a colour alone): "none" for an empty cell, one per value.
 * The cell gets the label in the workbook's language, as its drop-down list has it.
 */
function ChoiceField<T extends string>(props: ChoiceProps<T>): React.JSX.Element {
  const { column, lang, workbookLang, value, onChange, disabled, choices, parse, label, none } = props;
  const styles = useStyles();
  const text = value.trim();
  const parsed = text === "" ? null : parse(text, workbookLang).value;
  const other = text !== "" && parsed === null;
  const title = t(lang, column.header);
  return (
    <Field
      label={title}
      hint={other ? t(lang, "gv.cellOther", { text, column: title.toLocaleLowerCase() }) : undefined}
    >
      <RadioGroup
        layout="horizontal"
        className={styles.choices}
        value={other ? "" : (parsed ?? NONE)}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value === NONE ? "" : label(data.value as T, workbookLang))}
      >
        <Radio value={NONE} label={t(lang, none)} />
        {choices.map((c) => (
          <Radio key={c} value={c} label={label(c, lang)} />
        ))}
      </RadioGroup>
    </Field>
  );
}

/**
 * The done mark as a checkbox labelled with the column's header: ticked writes the label ("Ja" in
 * a Swedish workbook), unticked empties the cell. A cell holding something else is said in words,
 * and the box stays unticked until the official decides.
 */
function DoneField(props: GoalFieldProps): React.JSX.Element {
  const { column, lang, workbookLang, value, onChange, disabled } = props;
  const text = value.trim();
  const parsed = text === "" ? null : parseDone(text, workbookLang).value;
  const other = text !== "" && parsed === null;
  const title = t(lang, column.header);
  return (
    <Field hint={other ? t(lang, "gv.cellOther", { text, column: title.toLocaleLowerCase() }) : undefined}>
      <Checkbox
        label={title}
        checked={parsed === "done"}
        disabled={disabled}
        onChange={(_, data) => onChange(data.checked === true ? doneLabel(workbookLang) : "")}
      />
    </Field>
  );
}

/** Free text with its length against the cell limit; too long is said in words, not colour. */
function TextField({ column, lang, value, onChange, disabled }: GoalFieldProps): React.JSX.Element {
  const styles = useStyles();
  const limit = Math.min(column.maxLength, EXCEL_CELL_LIMIT);
  const over = value.length - limit;
  const locale = lang === "sv" ? "sv-SE" : "en-GB";
  return (
    <Field
      label={t(lang, column.header)}
      validationState={over > 0 ? "error" : "none"}
      validationMessage={over > 0 ? t(lang, "gv.tooLong", { over: over.toLocaleString(locale) }) : undefined}
      hint={
        <Text size={200} className={styles.note}>
          {t(lang, "gv.count", {
            count: value.length.toLocaleString(locale),
            limit: limit.toLocaleString(locale),
          })}
        </Text>
      }
    >
      <Textarea
        className={styles.text}
        resize="vertical"
        rows={4}
        value={value}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
