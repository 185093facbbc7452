// The task pane's shell: what the pane shows while Office starts and when it is opened outside
// Excel; inside Excel it renders the task pane itself (components/ExcelPane). Outside Excel the language of the user is unknown, so that message is
// given in Swedish and English, each marked with its `lang` for screen readers.
import { Body1, Spinner, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../domain/types";
import { t } from "../i18n";
import { ExcelPane } from "./components/ExcelPane";
import { SelfTestPane } from "./components/SelfTestPane";
import type { BlockedRequest } from "./blocked";
import type { HostState } from "./host";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  block: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

function BothLanguages({ title, body }: { title: (lang: Lang) => string; body: (lang: Lang) => string }) {
  const styles = useStyles();
  return (
    <>
      {(["sv", "en"] as const).map((lang) => (
        <section key={lang} lang={lang} className={styles.block}>
          <Subtitle1 as="h1">{title(lang)}</Subtitle1>
          <Body1 as="p">{body(lang)}</Body1>
        </section>
      ))}
    </>
  );
}

export function App({
  host,
  blocked = [],
  selftest = false,
}: {
  host: HostState | null;
  blocked?: readonly BlockedRequest[];
  /** Opened for the self-test (selftestUrl.ts): its view instead of the pane, in Excel only. */
  selftest?: boolean;
}) {
  const styles = useStyles();
  if (host === null) {
    return (
      <main className={styles.root}>
        <Spinner label={`${t("sv", "ui.loading")} / ${t("en", "ui.loading")}`} />
      </main>
    );
  }
  if (host.kind === "no-office") {
    return (
      <main className={styles.root}>
        <BothLanguages title={(l) => t(l, "ui.notInExcel.title")} body={(l) => t(l, "ui.notInExcel.body")} />
        {blocked.length > 0 &&
          (["sv", "en"] as const).map((lang) => (
            <Body1 as="p" key={`blocked-${lang}`} lang={lang} role="alert">
              {t(lang, "ui.blocked.body", {
                list: blocked
                  .map((b) => (b.directive === "" ? b.uri : `${b.uri} (${b.directive})`))
                  .join(", "),
              })}
            </Body1>
          ))}
      </main>
    );
  }
  if (host.kind === "other-host") {
    return (
      <main className={styles.root}>
        <BothLanguages
          title={(l) => t(l, "ui.notInExcel.title")}
          body={(l) => t(l, "ui.otherHost.body", { host: host.host })}
        />
      </main>
    );
  }
  if (selftest) return <SelfTestPane displayLanguage={host.displayLanguage} />;
  return <ExcelPane displayLanguage={host.displayLanguage} />;
}
