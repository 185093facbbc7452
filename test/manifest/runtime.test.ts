// The shared runtime in manifest.xml against the code and the build: one page, taskpane.html, is
// the Runtime, the FunctionFile and the task pane; every ExecuteFunction name is associated by the
// code that page runs first; and the build emits that page with that code in it. Plus mutated
// manifests that the offline check (scripts/check-runtime.ts) must refuse.
import { checkManifest } from "../../scripts/check-manifest";
import { COMMANDS } from "../../src/commands/names";
import { registerLazyCommands } from "../../src/commands/commands";
import { mutate, readManifest, sourceFiles, webpackConfig } from "./fixtures";

const DEV_URL = webpackConfig.DEV_URL;
const check = (xml: string) => checkManifest(xml, { baseUrl: DEV_URL, files: sourceFiles() });
const runtimeProblems = (xml: string) =>
  check(xml)
    .problems.filter((p) => p.code === "runtime")
    .map((p) => p.message);

describe("the manifest's shared runtime agrees with the code and the build", () => {
  const xml = readManifest();
  const report = check(xml);

  it("has a long-lived Runtime on the task pane's own address, which is also the FunctionFile", () => {
    expect(report.problems).toEqual([]);
    const defaultPane = /<SourceLocation DefaultValue="([^"]+)"\/>/.exec(xml)?.[1];
    expect(defaultPane).toBe(`${DEV_URL}taskpane.html`);
    expect(report.runtime).toEqual({ resid: "Taskpane.Url", url: defaultPane, functionFile: "Taskpane.Url" });
    expect(xml).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
  });

  it("does not require SharedRuntime, so hosts without it still get the add-in and its commands", () => {
    expect(xml).not.toMatch(/<Set Name="SharedRuntime"/);
  });

  it("every ExecuteFunction name is associated by the page, and nothing else is", () => {
    const associated: string[] = [];
    const names = registerLazyCommands(
      (name) => associated.push(name),
      () => Promise.reject(new Error("not loaded in this test")),
    );
    expect(associated).toEqual(names);
    expect([...report.functionNames].sort()).toEqual([...associated].sort());
    expect(Object.keys(COMMANDS).sort()).toEqual([...associated].sort());
  });

  it("webpack emits taskpane.html with the commands' registration first in its entry, and commands.html only for older manifests", async () => {
    const config = await webpackConfig({}, { mode: "development" });
    expect(config.entry.taskpane).toEqual(["./src/commands/commands.ts", "./src/taskpane/index.tsx"]);
    // The name of the chunk the commands' code loads in must stay free.
    expect(Object.keys(config.entry)).not.toContain("commands");
    const rel = report.runtime?.url.slice(DEV_URL.length);
    expect(webpackConfig.PAGES).toContain(rel);
    // An add-in deployed from a manifest before the shared runtime still finds its function file,
    // registering the same commands; the current manifest names it nowhere.
    expect(webpackConfig.PAGES).toContain("commands.html");
    const pages = (config.plugins as { userOptions?: { filename?: string; chunks?: string[] } }[])
      .map((p) => p.userOptions)
      .filter((o) => o?.filename === "commands.html");
    expect(pages.map((o) => o?.chunks)).toEqual([["taskpane"]]);
    expect(readManifest()).not.toContain("commands.html");
  });
});

describe("the offline check refuses a shared runtime that would not load", () => {
  const xml = readManifest();
  const runtime = '<Runtime resid="Taskpane.Url" lifetime="long"/>';

  it("a short lifetime", () => {
    const broken = mutate(xml, runtime, '<Runtime resid="Taskpane.Url" lifetime="short"/>');
    expect(runtimeProblems(broken)).toEqual([expect.stringContaining('lifetime="long"')]);
  });

  it("a FunctionFile on another page than the Runtime", () => {
    const other = mutate(xml, '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Support.Url"/>');
    expect(runtimeProblems(other)).toEqual([expect.stringContaining('<FunctionFile resid="Support.Url">')]);
  });

  it("a task pane with a TaskpaneId, or on another page", () => {
    const source =
      '<Action xsi:type="ShowTaskpane">\n                    <SourceLocation resid="Taskpane.Url"/>';
    const withId = mutate(
      xml,
      source,
      '<Action xsi:type="ShowTaskpane">\n                    <TaskpaneId>Pane</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>',
    );
    expect(runtimeProblems(withId)).toEqual([expect.stringContaining("TaskpaneId")]);
    const elsewhere = mutate(
      xml,
      source,
      '<Action xsi:type="ShowTaskpane">\n                    <SourceLocation resid="Support.Url"/>',
    );
    expect(runtimeProblems(elsewhere)).toEqual([
      expect.stringContaining('<SourceLocation resid="Support.Url">'),
    ]);
  });

  it("Runtimes anywhere but first in its Host", () => {
    const block =
      '        <Runtimes>\n          <Runtime resid="Taskpane.Url" lifetime="long"/>\n        </Runtimes>\n';
    const moved = mutate(
      mutate(xml, block, ""),
      "          </ExtensionPoint>\n",
      `          </ExtensionPoint>\n${block}`,
    );
    expect(runtimeProblems(moved)).toEqual([expect.stringContaining("inside <Runtimes>, a child of <Host>")]);
    const second = mutate(
      mutate(xml, block, ""),
      "        </DesktopFormFactor>\n",
      `        </DesktopFormFactor>\n${block}`,
    );
    expect(runtimeProblems(second)).toEqual(["<Runtimes> must be the first child of its <Host>"]);
  });
});
