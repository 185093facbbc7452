// dist/manifest-selftest.xml: the add-in's own manifest with the task pane opening on the
// self-test. It must install beside the add-in (its own Id, a name an admin tells apart), load
// only from the add-in's own origin, and differ in nothing else.
import { checkManifest, formatProblems } from "../../scripts/check-manifest";
import * as selftest from "../../src/i18n/selftest";
import { readManifest, sourceFiles, webpackConfig } from "./fixtures";

const URL_BASE = "https://tillagg.example.se/maluppfoljning/";
const production = (): string => webpackConfig.productionManifest(readManifest(), URL_BASE);

describe("the self-test's manifest", () => {
  it("passes the offline check at the production address", () => {
    const xml = webpackConfig.selftestManifest(production());
    const report = checkManifest(xml, { baseUrl: URL_BASE, files: sourceFiles() });
    expect(formatProblems(report.problems)).toBe("");
    expect(report.urls.every((u) => u.startsWith(URL_BASE))).toBe(true);
  });

  it("has its own Id and name, and its pane opens on #selftest; nothing else differs", () => {
    const add = production();
    const xml = webpackConfig.selftestManifest(add);
    expect(xml).toContain(`<Id>${webpackConfig.SELFTEST_ID}</Id>`);
    expect(add).not.toContain(webpackConfig.SELFTEST_ID);
    expect(xml).toContain(`DefaultValue="${selftest.sv["st.manifestName"]}"`);
    expect(xml).toContain(`Value="${selftest.en["st.manifestName"]}"`);
    expect(xml).not.toMatch(/taskpane\.html"/);
    expect(xml.match(/taskpane\.html#selftest"/g)).toHaveLength(add.match(/taskpane\.html"/g)?.length ?? -1);
    // Undo the intended changes line by line: what is left must be the add-in's manifest.
    const strip = (text: string): string[] =>
      text
        .split("\n")
        .filter((line) => !/<Id>|DisplayName|Override Locale="en-US"|Group\.Label/.test(line))
        .map((line) => line.replace("taskpane.html#selftest", "taskpane.html"));
    expect(strip(xml)).toEqual(strip(add));
  });
});
