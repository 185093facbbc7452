// The split panel (SplitPanel.tsx), loaded on the click on "Dela upp per ansvarig": its code, its
// strings (the collect table), the split's plans and the .xlsx writer (JSZip) stay out of the
// pane's first load.
import * as React from "react";
import { Spinner } from "@fluentui/react-components";
import { t } from "../../i18n";
import type { SplitPanelProps } from "./SplitPanel";

const Panel = React.lazy(async () => ({
  default: (await import(/* webpackChunkName: "split" */ "./SplitPanel")).SplitPanel,
}));

export function LazySplitPanel(props: SplitPanelProps): React.JSX.Element {
  return (
    <React.Suspense
      fallback={<Spinner size="tiny" labelPosition="after" label={t(props.lang, "tp.busy.split")} />}
    >
      <Panel {...props} />
    </React.Suspense>
  );
}
