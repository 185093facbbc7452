// Entry of the task pane bundle (taskpane.html). office.js comes from Microsoft's CDN through a
// <script> tag in the page, never from the bundle: Office requires the hosted copy.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { watchBlockedRequests } from "./blocked";
import { detectHost, type HostState } from "./host";
import { isSelfTestUrl } from "./selftestUrl";

// First, so that refusals while office.js starts are seen.
const blocked = watchBlockedRequests(document);
const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  const selftest = isSelfTestUrl(window.location);
  const render = (host: HostState | null): void =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} blocked={host?.kind === "no-office" ? blocked() : []} selftest={selftest} />
      </FluentProvider>,
    );
  render(null);
  // detectHost waits for Office.onReady, so the real pane renders only once Office is ready.
  void detectHost().then(render);
}
