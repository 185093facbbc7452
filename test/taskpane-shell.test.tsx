/** @jest-environment jsdom */
// The task pane shell: host detection, and what a person sees inside and outside Excel.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { strings } from "../src/i18n";
import { App } from "../src/taskpane/App";
import { MAX_BLOCKED, watchBlockedRequests, type BlockedRequest } from "../src/taskpane/blocked";
import { detectHost, type HostState, type OfficeLike } from "../src/taskpane/host";

const office = (info: { host: unknown; platform: unknown }, displayLanguage?: string): OfficeLike => ({
  onReady: () => Promise.resolve(info),
  context: displayLanguage ? { displayLanguage } : undefined,
});

describe("detectHost", () => {
  it("without office.js there is no Office host", async () => {
    await expect(detectHost(undefined)).resolves.toEqual({ kind: "no-office" });
  });

  it("office.js in a plain browser (host null) is no Office host", async () => {
    await expect(detectHost(office({ host: null, platform: null }))).resolves.toEqual({ kind: "no-office" });
  });

  it("inside Excel it reports Excel with platform and display language", async () => {
    await expect(detectHost(office({ host: "Excel", platform: "OfficeOnline" }, "sv-SE"))).resolves.toEqual({
      kind: "excel",
      platform: "OfficeOnline",
      displayLanguage: "sv-SE",
    });
  });

  it("another Office application is named", async () => {
    await expect(detectHost(office({ host: "Word", platform: "PC" }))).resolves.toEqual({
      kind: "other-host",
      host: "Word",
    });
  });

  it("an onReady that never settles ends as no Office host", async () => {
    const never: OfficeLike = { onReady: () => new Promise(() => undefined) };
    await expect(detectHost(never, 20)).resolves.toEqual({ kind: "no-office" });
  });

  it("an onReady that rejects ends as no Office host", async () => {
    const failing: OfficeLike = { onReady: () => Promise.reject(new Error("blocked")) };
    await expect(detectHost(failing)).resolves.toEqual({ kind: "no-office" });
  });
});

function show(host: HostState | null, blocked: BlockedRequest[] = []) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} blocked={blocked} />
    </FluentProvider>,
  );
}

describe("App shell", () => {
  it("outside Excel says, in Swedish and English, that it runs inside Excel", () => {
    show({ kind: "no-office" });
    const sv = screen.getByText(strings.sv["ui.notInExcel.title"]);
    const en = screen.getByText(strings.en["ui.notInExcel.title"]);
    expect(sv.closest("[lang]")?.getAttribute("lang")).toBe("sv");
    expect(en.closest("[lang]")?.getAttribute("lang")).toBe("en");
    expect(screen.getByText(strings.sv["ui.notInExcel.body"])).toBeTruthy();
    expect(screen.getByText(strings.en["ui.notInExcel.body"])).toBeTruthy();
  });

  it("in another Office application names it in both languages", () => {
    show({ kind: "other-host", host: "Word" });
    expect(screen.getByText(strings.sv["ui.otherHost.body"].replace("{host}", "Word"))).toBeTruthy();
    expect(screen.getByText(strings.en["ui.otherHost.body"].replace("{host}", "Word"))).toBeTruthy();
  });

  it("inside Swedish Excel speaks Swedish", () => {
    show({ kind: "excel", platform: "PC", displayLanguage: "sv-SE" });
    expect(screen.getByRole("heading", { name: strings.sv["ui.appTitle"] })).toBeTruthy();
    expect(screen.queryByText(strings.en["ui.shell.ready"])).toBeNull();
  });

  it("inside Excel in another language speaks English", () => {
    show({ kind: "excel", platform: "Mac", displayLanguage: "de-DE" });
    expect(screen.getByRole("heading", { name: strings.en["ui.appTitle"] })).toBeTruthy();
  });
});

describe("taskpane entry (index.tsx)", () => {
  // index.tsx renders on import, so each test loads it afresh (isolateModules), together with the
  // `act` of that same React instance: the test file's own React is a different copy.
  let isolatedAct: (work: () => Promise<void>) => Promise<void> = async (work) => work();

  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    document.body.innerHTML = "";
  });

  async function load(): Promise<void> {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    document.body.innerHTML = '<div id="container"></div>';
    let rendered: Promise<void> = Promise.resolve();
    jest.isolateModules(() => {
      isolatedAct = (require("react") as { act: typeof isolatedAct }).act;
      // act calls its callback at once, so this require still happens inside isolateModules.
      rendered = isolatedAct(async () => {
        require("../src/taskpane/index");
      });
    });
    await rendered;
  }

  it("in a plain browser without office.js shows the inside-Excel message", async () => {
    await load();
    expect(screen.getByText(strings.en["ui.notInExcel.title"])).toBeTruthy();
    expect(screen.getByText(strings.sv["ui.notInExcel.title"])).toBeTruthy();
  });

  it("renders only after Office.onReady, inside FluentProvider", async () => {
    let ready: (info: { host: unknown; platform: unknown }) => void = () => undefined;
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => new Promise((resolve) => (ready = resolve)),
      context: { displayLanguage: "sv-SE" },
    };
    await load();
    expect(screen.queryByRole("heading", { name: strings.sv["ui.appTitle"] })).toBeNull();
    await isolatedAct(async () => ready({ host: "Excel", platform: "OfficeOnline" }));
    const heading = screen.getByRole("heading", { name: strings.sv["ui.appTitle"] });
    expect(heading.closest(".fui-FluentProvider")).not.toBeNull();
  });
});

describe("requests the page's security policy blocked", () => {
  function violation(blockedURI: string, effectiveDirective: string): Event {
    return Object.assign(new Event("securitypolicyviolation"), { blockedURI, effectiveDirective });
  }

  it("are collected once each, in order, and capped", () => {
    const target = new EventTarget();
    const blocked = watchBlockedRequests(target);
    target.dispatchEvent(violation("https://ajax.aspnetcdn.com", "script-src-elem"));
    target.dispatchEvent(violation("https://ajax.aspnetcdn.com", "script-src-elem"));
    target.dispatchEvent(violation("", "script-src-elem"));
    target.dispatchEvent(violation("https://browser.pipe.aria.microsoft.com", "connect-src"));
    expect(blocked()).toEqual([
      { uri: "https://ajax.aspnetcdn.com", directive: "script-src-elem" },
      { uri: "inline", directive: "script-src-elem" },
      { uri: "https://browser.pipe.aria.microsoft.com", directive: "connect-src" },
    ]);
    for (let i = 0; i < 50; i++) target.dispatchEvent(violation(`https://h${i}.example`, "img-src"));
    expect(blocked()).toHaveLength(MAX_BLOCKED);
  });

  it("are named, in both languages, where the pane says Office did not start", () => {
    show({ kind: "no-office" }, [{ uri: "https://ajax.aspnetcdn.com", directive: "script-src-elem" }]);
    const alerts = screen.getAllByRole("alert");
    expect(alerts.map((a) => a.getAttribute("lang"))).toEqual(["sv", "en"]);
    expect(alerts[0].textContent).toBe(
      strings.sv["ui.blocked.body"].replace("{list}", "https://ajax.aspnetcdn.com (script-src-elem)"),
    );
    expect(alerts[1].textContent).toContain("blocked https://ajax.aspnetcdn.com (script-src-elem).");
  });

  it("add nothing when none were blocked", () => {
    show({ kind: "no-office" });
    expect(screen.queryAllByRole("alert")).toEqual([]);
  });
});
