// The self-test's place in the pane's first load: only this loader. The view, the checks and
// their strings come in a chunk of their own when the pane is opened for the self-test.
import * as React from "react";
import { Spinner } from "@fluentui/react-components";
import { langFromDisplayLanguage } from "../../office/i18n-lang";
import { t } from "../../i18n";

const SelfTestView = React.lazy(() =>
  import(/* webpackChunkName: "selftest" */ "./SelfTestView").then((m) => ({ default: m.SelfTestView })),
);

export function SelfTestPane({ displayLanguage }: { displayLanguage: string | null }): React.JSX.Element {
  const lang = langFromDisplayLanguage(displayLanguage);
  return (
    <React.Suspense fallback={<Spinner label={t(lang, "ui.loading")} />}>
      <SelfTestView lang={lang} />
    </React.Suspense>
  );
}
