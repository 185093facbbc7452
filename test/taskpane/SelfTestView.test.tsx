/** @jest-environment jsdom */
// The self-test's view: reached only through the pane's address with "#selftest", it shows the
// host and requirement sets, runs every check with one button, lists pass or fail per check and
// offers the report (the CLI's lines plus the environment) to copy.
import "./textEncoder";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { SelfTestView } from "../../src/taskpane/components/SelfTestView";
import { isSelfTestUrl } from "../../src/taskpane/selftestUrl";
import { CHECKS } from "../../src/selftest";
import { installGlobals } from "../emulator";
import { emulatorHost, selftestEmulator } from "../selftest/emulator";
import { interruptedRun, withLookalikes } from "../selftest/leftover-fixtures";

describe("isSelfTestUrl", () => {
  it("is the address with #selftest or ?selftest, nothing else", () => {
    expect(isSelfTestUrl({ hash: "#selftest", search: "" })).toBe(true);
    expect(isSelfTestUrl({ hash: "", search: "?selftest" })).toBe(true);
    expect(isSelfTestUrl({ hash: "", search: "?lang=sv&selftest=1" })).toBe(true);
    expect(isSelfTestUrl({ hash: "", search: "" })).toBe(false);
    expect(isSelfTestUrl({ hash: "#summary", search: "?test" })).toBe(false);
    expect(isSelfTestUrl(undefined)).toBe(false);
  });
});

describe("the self-test view", () => {
  it("runs every check against the workbook, lists them as they pass and copies the report", async () => {
    const emu = selftestEmulator();
    const copied: string[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <SelfTestView
          lang="en"
          host={emulatorHost(emu)}
          clipboard={{ writeText: (text) => Promise.resolve(void copied.push(text)) }}
        />
      </FluentProvider>,
    );
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Self-test");
    // Where to run it, and what stays behind: the settings part a saved setting brings.
    const intro = screen.getByText(/^Checks, in this version of Excel/).textContent ?? "";
    expect(intro).toContain("Run it in a new blank workbook.");
    expect(intro).toContain("the self-test add-in's part, where Excel keeps the add-in's settings");
    expect(intro).not.toContain("left as it was");
    const environment = screen.getByTestId("selftest-environment").textContent ?? "";
    expect(environment).toContain("Host: Excel · platform: OfficeOnline");
    expect(environment).toContain("ExcelApi 1.8 ✓");

    fireEvent.click(screen.getByRole("button", { name: "Run the self-test" }));
    const summary = await screen.findByTestId("selftest-summary", undefined, { timeout: 30_000 });
    expect(summary.textContent).toBe(`${CHECKS.length + 1} passed, 0 failed`);
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(CHECKS.length + 1);
    expect(within(items[1]).getByText(/stays exactly that text/)).toBeTruthy();
    expect(emu.workbook.sheetNames()).toEqual(["Blad1"]);

    const report = (screen.getByTestId("selftest-report") as HTMLTextAreaElement).value;
    expect(report.split("\n")[0]).toBe("Måluppföljning, self-test");
    expect(report).toContain("✓ text-equals — ");
    fireEvent.click(screen.getByRole("button", { name: "Copy the report" }));
    await waitFor(() => expect(copied).toEqual([report]));
    expect(screen.getByText("The report is copied.")).toBeTruthy();
  });

  it("shows a failing check as failed, and says so when the report cannot be copied", async () => {
    const emu = selftestEmulator();
    emu.faults.failCommand("Filter.applyValuesFilter", { code: "GeneralException", message: "Refused." });
    render(
      <FluentProvider theme={webLightTheme}>
        <SelfTestView lang="sv" host={emulatorHost(emu)} clipboard={null} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Kör självtestet" }));
    const summary = await screen.findByTestId("selftest-summary", undefined, { timeout: 30_000 });
    expect(summary.textContent).toBe(`${CHECKS.length} godkända, 1 underkända`);
    const failed = screen.getAllByRole("listitem").filter((li) => li.getAttribute("data-ok") === "false");
    expect(failed.map((li) => li.getAttribute("data-check"))).toEqual(["filtered-table"]);
    expect(failed[0].textContent).toContain("underkänd");
    fireEvent.click(screen.getByRole("button", { name: "Kopiera rapporten" }));
    expect(await screen.findByText(/Rapporten kunde inte kopieras/)).toBeTruthy();
  });
});

describe("leftovers of an earlier run in the self-test view", () => {
  it("lists them on opening and removes them only when asked, nothing else", async () => {
    const emu = selftestEmulator();
    await withLookalikes(emu);
    await interruptedRun(emu, "zz11yy22");
    render(
      <FluentProvider theme={webLightTheme}>
        <SelfTestView lang="en" host={emulatorHost(emu)} clipboard={null} />
      </FluentProvider>,
    );
    const offer = await screen.findByTestId("selftest-leftovers");
    expect(offer.textContent).toContain(
      "the sheet MU-selftest-zz11yy22, the name MU_Selftest_zz11yy22_Ref, the name MU_Selftest_zz11yy22_Sum, " +
        "the setting maluppfoljning.selftest.zz11yy22",
    );
    // Asking is not removing.
    expect(emu.workbook.sheetNames()).toContain("MU-selftest-zz11yy22");
    fireEvent.click(within(offer).getByRole("button", { name: "Remove it" }));
    expect(await screen.findByText("Removed. Nothing is left from earlier self-tests.")).toBeTruthy();
    expect(screen.queryByTestId("selftest-leftovers")).toBeNull();
    expect(emu.workbook.sheetNames()).toEqual([
      "Blad1",
      "MU-selftest-notes",
      "MU-selftest-abcd12345",
      "Kopia MU-selftest-abcd1234",
    ]);
    expect(emu.workbook.savedSettings()).toEqual({});
  });

  it("offers to remove what a run left when Excel refused its clean-up (in Swedish)", async () => {
    const emu = selftestEmulator();
    render(
      <FluentProvider theme={webLightTheme}>
        <SelfTestView lang="sv" host={emulatorHost(emu)} clipboard={null} />
      </FluentProvider>,
    );
    expect(screen.queryByTestId("selftest-leftovers")).toBeNull();
    emu.faults.failCommand("Worksheet.delete", { code: "InvalidOperation", message: "Cell edit mode." });
    fireEvent.click(screen.getByRole("button", { name: "Kör självtestet" }));
    const offer = await screen.findByTestId("selftest-leftovers", undefined, { timeout: 30_000 });
    const scratch = emu.workbook.sheetNames().filter((n) => n !== "Blad1");
    expect(scratch).toHaveLength(1);
    expect(offer.textContent).toContain(`bladet ${scratch[0]}`);
    expect(offer.textContent).toContain("Inget annat i arbetsboken ändras.");
    fireEvent.click(within(offer).getByRole("button", { name: "Ta bort det" }));
    expect(await screen.findByText("Borttaget. Inget finns kvar från tidigare självtest.")).toBeTruthy();
    expect(emu.workbook.sheetNames()).toEqual(["Blad1"]);
  });
});

describe("the pane opened for the self-test", () => {
  it("shows the self-test's view, not the pane, and only in Excel", async () => {
    const emu = selftestEmulator();
    const restore = installGlobals(emu);
    try {
      render(
        <FluentProvider theme={webLightTheme}>
          <App host={{ kind: "excel", platform: "OfficeOnline", displayLanguage: "sv-SE" }} selftest />
        </FluentProvider>,
      );
      expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("Självtest");
      expect(screen.getByRole("button", { name: "Kör självtestet" })).toBeTruthy();
    } finally {
      restore();
    }
  });
});
