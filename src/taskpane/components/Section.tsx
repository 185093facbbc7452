// One job of the task pane: a titled region (a landmark with a heading, so screen-reader users can
// jump between the four jobs) with a one-line explanation.
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  help: { color: tokens.colorNeutralForeground2 },
});

export interface SectionProps {
  id: string;
  title: string;
  help: string;
  children: React.ReactNode;
}

export function Section({ id, title, help, children }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const headingId = `section-${id}-title`;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-section={id}>
      <h2 id={headingId} className={styles.title}>
        {title}
      </h2>
      <Text size={200} className={styles.help}>
        {help}
      </Text>
      {children}
    </section>
  );
}
