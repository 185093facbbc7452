/** @jest-environment jsdom */
// The self-test's CSP check (src/selftest/checks-csp.ts): it hears the securitypolicyviolation
// events raised while the run lasts and names each refusal (directive and blocked address); it
// passes when there is none; where the browser raises no such events it could not run, which the
// report counts apart and never as passed. Against the emulator it says what it approximates.
import "../taskpane/textEncoder";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { SelfTestView } from "../../src/taskpane/components/SelfTestView";
import { CHECKS, excelHost, runSelfTest } from "../../src/selftest";
import { t } from "../../src/i18n/selftestStrings";
import { emulatorHost, runOnEmulator, selftestEmulator } from "./emulator";
import { pageBlocked, watchBlockedRequests } from "../../src/taskpane/blocked";

/** A refusal as Chromium raises it on the document. */
function violation(blockedURI: string, effectiveDirective: string): Event {
  return Object.assign(new Event("securitypolicyviolation"), { blockedURI, effectiveDirective });
}

const cspLine = (lines: string[]) => lines.find((l) => / csp-blocked /.test(l)) ?? "";

describe("the self-test's CSP check", () => {
  it("passes against the emulator and says what it only approximates there", async () => {
    const run = await runOnEmulator("en");
    expect(CHECKS.map((c) => c.id)).toContain("csp-blocked");
    expect(cspLine(run.lines)).toBe(
      `✓ csp-blocked — ${t("en", "st.check.csp")} (${t("en", "st.emulator", { text: t("en", "st.approx.csp") })}) — ${t("en", "st.detail.cspNone")}`,
    );
  });

  it("names each request refused during the run, once, with its directive, and fails", async () => {
    const emu = selftestEmulator();
    const events = new EventTarget();
    const host = { ...emulatorHost(emu), securityEvents: events };
    const report = await runSelfTest(host, {
      // Refusals while checks run, as office.js's telemetry or a blocked script would raise them.
      onResult: (r) => {
        if (r.id !== "requirement-sets") return;
        events.dispatchEvent(violation("https://ajax.aspnetcdn.com/ajax/x.js", "script-src-elem"));
        events.dispatchEvent(violation("https://browser.pipe.aria.microsoft.com", "connect-src"));
        events.dispatchEvent(violation("https://ajax.aspnetcdn.com/ajax/x.js", "script-src-elem"));
        events.dispatchEvent(violation("", "style-src-attr"));
      },
    });
    const csp = report.results.find((r) => r.id === "csp-blocked");
    expect(csp?.ok).toBe(false);
    expect(csp?.skipped).toBeUndefined();
    expect(csp?.detail).toEqual({
      key: "st.detail.cspBlocked",
      params: {
        what: "script-src-elem https://ajax.aspnetcdn.com/ajax/x.js, connect-src https://browser.pipe.aria.microsoft.com, style-src-attr inline",
      },
    });
    expect(report.failed).toBe(1);
    expect(report.skipped).toBe(0);
    // The run has stopped listening: a later refusal belongs to no report.
    events.dispatchEvent(violation("https://late.example", "img-src"));
    expect(JSON.stringify(report)).not.toContain("late.example");
  });

  it("names what the page heard before the run: a host office.js needs is refused while it loads", async () => {
    const emu = selftestEmulator();
    const host = {
      ...emulatorHost(emu),
      securityEvents: new EventTarget(),
      blockedBefore: () => [{ uri: "https://telemetry.example.microsoft.com", directive: "connect-src" }],
    };
    const report = await runSelfTest(host);
    const csp = report.results.find((r) => r.id === "csp-blocked");
    expect(csp?.ok).toBe(false);
    expect(csp?.detail).toEqual({
      key: "st.detail.cspBlocked",
      params: { what: "connect-src https://telemetry.example.microsoft.com" },
    });
  });

  it("the pane's page watcher (index.tsx, from the page's start) is what the Excel host hands the run", () => {
    const page = new EventTarget();
    watchBlockedRequests(page);
    page.dispatchEvent(violation("https://appsforoffice.microsoft.com/lib/x.js", "script-src-elem"));
    expect(pageBlocked()).toEqual([
      { uri: "https://appsforoffice.microsoft.com/lib/x.js", directive: "script-src-elem" },
    ]);
  });

  it("could not run where the browser reports no refusals: shown as such, counted apart, never as passed", async () => {
    const emu = selftestEmulator();
    const report = await runSelfTest({ ...emulatorHost(emu), securityEvents: null });
    const csp = report.results.find((r) => r.id === "csp-blocked");
    expect(csp).toMatchObject({ ok: false, skipped: true, detail: { key: "st.detail.cspUnavailable" } });
    expect(report.skipped).toBe(1);
    expect(report.failed).toBe(0);
    expect(report.passed).toBe(report.results.length - 1);
    const { checkLines } = await import("../../src/selftest");
    const lines = checkLines(report, "sv");
    expect(cspLine(lines).startsWith("– csp-blocked — ")).toBe(true);
    expect(cspLine(lines)).toContain(t("sv", "st.detail.cspUnavailable"));
    expect(lines[lines.length - 1]).toBe(
      `${report.results.length - 1} godkända, 0 underkända, 1 kunde inte köras`,
    );
  });

  it("shows a check that could not run as neither passed nor failed in the pane", async () => {
    const emu = selftestEmulator();
    render(
      <FluentProvider theme={webLightTheme}>
        <SelfTestView lang="en" host={{ ...emulatorHost(emu), securityEvents: null }} clipboard={null} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Run the self-test" }));
    const summary = await screen.findByTestId("selftest-summary", undefined, { timeout: 30_000 });
    expect(summary.textContent).toBe(`${CHECKS.length} passed, 0 failed, 1 could not run`);
    const item = document.querySelector('li[data-check="csp-blocked"]');
    expect(item?.getAttribute("data-skipped")).toBe("true");
    expect(item?.textContent).toMatch(/^– could not run /);
  }, 60_000);

  it("in Excel listens on the document where the browser has the event, and nowhere where it has not", () => {
    const g = globalThis as { SecurityPolicyViolationEvent?: unknown };
    const before = g.SecurityPolicyViolationEvent;
    try {
      g.SecurityPolicyViolationEvent = class {};
      expect(excelHost().securityEvents).toBe(document);
      delete g.SecurityPolicyViolationEvent;
      expect(excelHost().securityEvents).toBeNull();
    } finally {
      if (before !== undefined) g.SecurityPolicyViolationEvent = before;
    }
  });
});
