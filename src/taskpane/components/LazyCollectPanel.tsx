// The collect panel (CollectPanel.tsx), loaded once returned files are chosen: its code, its
// strings, the merge and the .xlsx reader (JSZip) stay out of the pane's first load.
import * as React from "react";
import { Spinner } from "@fluentui/react-components";
import { t } from "../../i18n";
import type { CollectPanelProps } from "./CollectPanel";

const Panel = React.lazy(async () => ({
  default: (await import(/* webpackChunkName: "collect" */ "./CollectPanel")).CollectPanel,
}));

export function LazyCollectPanel(props: CollectPanelProps): React.JSX.Element {
  return (
    <React.Suspense
      fallback={<Spinner size="tiny" labelPosition="after" label={t(props.lang, "tp.busy.collectPreview")} />}
    >
      <Panel {...props} />
    </React.Suspense>
  );
}
