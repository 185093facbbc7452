// dist/manifest-selftest.xml: the add-in's own manifest with the task pane opening on the
// self-test. It must install beside the add-in (its own Id, a name an admin tells apart), load
// only from the add-in's own origin, offer no button that runs a command (under its Id a command
// would use that Id's settings and rewrite the user's summary), and differ in nothing else.
import { DOMParser, type Element } from "@xmldom/xmldom";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { NS, checkManifest, formatProblems } from "../../scripts/check-manifest";
import * as selftest from "../../src/i18n/selftest";
import { manifestInfo, readManifest, sourceFiles, webpackConfig } from "./fixtures";

const URL_BASE = "https://tillagg.example.se/maluppfoljning/";
const production = (): string => webpackConfig.productionManifest(readManifest(), URL_BASE);

const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");
type Searchable = Pick<Element, "getElementsByTagNameNS">;
const elements = (root: Searchable, ns: string, name: string): Element[] =>
  Array.from(root.getElementsByTagNameNS(ns, name));
const actionType = (control: Element): string | null =>
  elements(control, NS.ov, "Action")[0]?.getAttributeNS(NS.xsi, "type") ?? null;
const RESOURCE_KINDS = ["String", "Image", "Url"];
const resources = (doc: ReturnType<typeof parse>): Element[] =>
  RESOURCE_KINDS.flatMap((kind) => elements(doc, NS.bt, kind)).filter((el) => el.hasAttribute("id"));
const resids = (doc: ReturnType<typeof parse>): Set<string> =>
  new Set(
    Array.from(doc.getElementsByTagName("*"))
      .map((el) => el.getAttribute("resid"))
      .filter((r): r is string => !!r),
  );

/** The element tree as lines (name, attributes, own text), whitespace between elements ignored. */
function canonical(el: Element, depth = 0): string[] {
  const attrs = Array.from(el.attributes)
    .map((a) => `${a.name}=${a.value}`)
    .sort()
    .join(" ");
  const text = Array.from(el.childNodes)
    .filter((n) => n.nodeType === n.TEXT_NODE)
    .map((n) => (n.nodeValue ?? "").trim())
    .join("");
  const children = Array.from(el.childNodes).filter((n): n is Element => n.nodeType === n.ELEMENT_NODE);
  return [
    `${"  ".repeat(depth)}${el.localName} ${attrs} ${text}`,
    ...children.flatMap((c) => canonical(c, depth + 1)),
  ];
}

describe("the self-test's manifest", () => {
  it("passes the offline check at the production address", () => {
    const xml = webpackConfig.selftestManifest(production());
    const report = checkManifest(xml, { baseUrl: URL_BASE, files: sourceFiles() });
    expect(formatProblems(report.problems)).toBe("");
    expect(report.urls.every((u) => u.startsWith(URL_BASE))).toBe(true);
  });

  it("office-addin-manifest info reads it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mu-selftest-manifest-"));
    try {
      const file = path.join(dir, "manifest-selftest.xml");
      fs.writeFileSync(file, webpackConfig.selftestManifest(production()));
      const { status, output } = manifestInfo(file);
      expect(status).toBe(0);
      expect(output).toContain(webpackConfig.SELFTEST_ID);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("offers only the button that opens the pane: no ribbon command runs under its Id", () => {
    const add = parse(production());
    // The add-in's own ribbon has command buttons, so there is something to strip.
    expect(elements(add, NS.ov, "Control").filter((c) => actionType(c) === "ExecuteFunction")).not.toEqual(
      [],
    );
    const doc = parse(webpackConfig.selftestManifest(production()));
    const controls = elements(doc, NS.ov, "Control");
    expect(controls.map((c) => [c.getAttribute("id"), actionType(c)])).toEqual([
      ["Maluppfoljning.OpenPane", "ShowTaskpane"],
    ]);
    expect(elements(doc, NS.ov, "FunctionName")).toEqual([]);
    // Nothing the removed buttons used is left over: every resource is referenced.
    const used = resids(doc);
    expect(
      resources(doc)
        .map((r) => r.getAttribute("id"))
        .filter((id) => !used.has(id ?? "")),
    ).toEqual([]);
  });

  it("has its own Id and name, and its pane opens on #selftest; nothing else differs", () => {
    const addXml = production();
    const xml = webpackConfig.selftestManifest(addXml);
    expect(xml).toContain(`<Id>${webpackConfig.SELFTEST_ID}</Id>`);
    expect(addXml).not.toContain(webpackConfig.SELFTEST_ID);
    expect(xml).toContain(`DefaultValue="${selftest.sv["st.manifestName"]}"`);
    expect(xml).toContain(`Value="${selftest.en["st.manifestName"]}"`);
    expect(xml).not.toMatch(/taskpane\.html"/);
    expect(xml).toMatch(/taskpane\.html#selftest"/);

    // The add-in's manifest without its command buttons and the resources only they used ...
    const add = parse(addXml);
    for (const c of elements(add, NS.ov, "Control"))
      if (actionType(c) !== "ShowTaskpane") c.parentNode?.removeChild(c);
    const used = resids(add);
    for (const r of resources(add)) if (!used.has(r.getAttribute("id") ?? "")) r.parentNode?.removeChild(r);
    // ... must be the self-test's once its intended changes are undone.
    const undone = parse(xml.split("taskpane.html#selftest").join("taskpane.html"));
    const copy = (from: Element | undefined, to: Element | undefined): void => {
      if (!from || !to) throw new Error("element missing");
      for (const a of Array.from(to.attributes)) to.setAttribute(a.name, from.getAttribute(a.name) ?? "");
    };
    elements(undone, NS.office, "Id")[0].textContent = elements(add, NS.office, "Id")[0].textContent;
    const displayName = (d: ReturnType<typeof parse>) => elements(d, NS.office, "DisplayName")[0];
    copy(displayName(add), displayName(undone));
    copy(
      elements(displayName(add), NS.office, "Override")[0],
      elements(displayName(undone), NS.office, "Override")[0],
    );
    const groupLabel = (d: ReturnType<typeof parse>) =>
      elements(d, NS.bt, "String").find((s) => s.getAttribute("id") === "Group.Label");
    copy(groupLabel(add), groupLabel(undone));
    copy(
      elements(groupLabel(add)!, NS.bt, "Override")[0],
      elements(groupLabel(undone)!, NS.bt, "Override")[0],
    );
    expect(canonical(undone.documentElement!)).toEqual(canonical(add.documentElement!));
  });
});
