// Whether the task pane is on screen. With the shared runtime (manifest.xml) the pane's page lives
// on after the user closes the pane, and on hosts without it Office loads the same page hidden as
// the ribbon's function file: a view that reads the workbook on every selection change (the goal
// view) would go on reading, unseen. Office says so through Office.addin.onVisibilityModeChanged
// (SharedRuntime 1.1); the page's own visibility covers a host without it.
import * as React from "react";

interface AddinEvents {
  onVisibilityModeChanged(
    handler: (message: { visibilityMode: string }) => void,
  ): Promise<() => Promise<void>>;
}

function addinEvents(): AddinEvents | undefined {
  if (typeof Office === "undefined") return undefined;
  const addin = (Office as unknown as { addin?: Partial<AddinEvents> }).addin;
  return typeof addin?.onVisibilityModeChanged === "function" ? (addin as AddinEvents) : undefined;
}

const pageVisible = (): boolean => typeof document === "undefined" || document.visibilityState !== "hidden";

/** True while the pane is shown; false once Office hides it or the page becomes hidden. */
export function usePaneVisible(): boolean {
  const [page, setPage] = React.useState(pageVisible);
  const [office, setOffice] = React.useState(true);
  React.useEffect(() => {
    const onPage = (): void => setPage(pageVisible());
    document.addEventListener("visibilitychange", onPage);
    let remove: (() => Promise<void>) | null = null;
    let live = true;
    const events = addinEvents();
    if (events) {
      events
        .onVisibilityModeChanged((m) => setOffice(m.visibilityMode !== "Hidden"))
        .then((r) => {
          if (live) remove = r;
          else void r();
        })
        .catch(() => undefined);
    }
    return () => {
      live = false;
      document.removeEventListener("visibilitychange", onPage);
      if (remove) void remove();
    };
  }, []);
  return page && office;
}
