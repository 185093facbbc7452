// The Kolada panel (KoladaPanel.tsx), loaded on the click on "Hämta från Kolada": its code, its
// strings and the Kolada client stay out of the pane's first load.
import * as React from "react";
import { Spinner } from "@fluentui/react-components";
import { t } from "../../i18n";
import type { KoladaPanelProps } from "./KoladaPanel";

const Panel = React.lazy(async () => ({
  default: (await import(/* webpackChunkName: "kolada" */ "./KoladaPanel")).KoladaPanel,
}));

export function LazyKoladaPanel(props: KoladaPanelProps): React.JSX.Element {
  return (
    <React.Suspense
      fallback={<Spinner size="tiny" labelPosition="after" label={t(props.lang, "tp.busy.kolada")} />}
    >
      <Panel {...props} />
    </React.Suspense>
  );
}
