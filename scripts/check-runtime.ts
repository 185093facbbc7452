// The shared-runtime part of the offline manifest check (scripts/check-manifest.ts), after
// Microsoft's "Configure your Office Add-in to use a shared runtime": one <Runtime>, with
// lifetime="long", inside <Runtimes> as the first child of its <Host>; the FunctionFile and every
// ShowTaskpane SourceLocation under that Host name the same resid ("the shared runtime won't load
// if the resid of the runtime isn't consistent"), and no ShowTaskpane has a TaskpaneId (a shared
// runtime has one task pane).
import type { Element } from "@xmldom/xmldom";

/** What the manifest says about its shared runtime, for the tests that tie it to the build. */
export interface RuntimeReport {
  /** The Runtime's resid, e.g. "Taskpane.Url". */
  resid: string;
  /** The URL that resid names ("" when it names none). */
  url: string;
  /** The FunctionFile's resid under the same Host, or null without one. */
  functionFile: string | null;
}

function children(parent: Element): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

function descendants(root: Element): Element[] {
  const out: Element[] = [root];
  for (let i = 0; i < out.length; i++) out.push(...children(out[i]));
  return out;
}

export function checkRuntime(
  root: Element,
  urlOf: (resid: string) => string | undefined,
  report: (message: string) => void,
): RuntimeReport | null {
  const runtimes = descendants(root).filter((el) => el.localName === "Runtime");
  if (runtimes.length === 0) return null;
  if (runtimes.length > 1) report(`${runtimes.length} <Runtime> elements; a task pane add-in may have one`);
  const runtime = runtimes[0];
  const resid = runtime.getAttribute("resid") ?? "";
  if (runtime.getAttribute("lifetime") !== "long")
    report(`<Runtime resid="${resid}"> needs lifetime="long" to be a shared runtime`);
  const wrapper = runtime.parentNode as Element | null;
  const host = wrapper?.parentNode as Element | null;
  if (wrapper?.localName !== "Runtimes" || host?.localName !== "Host") {
    report("<Runtime> must be inside <Runtimes>, a child of <Host>");
    return { resid, url: urlOf(resid) ?? "", functionFile: null };
  }
  if (children(host)[0] !== wrapper) report("<Runtimes> must be the first child of its <Host>");
  const under = descendants(host);
  const functionFile = under.find((el) => el.localName === "FunctionFile")?.getAttribute("resid") ?? null;
  if (functionFile !== null && functionFile !== resid)
    report(`<FunctionFile resid="${functionFile}"> must name the Runtime's resid "${resid}"`);
  for (const action of under.filter((el) => el.localName === "Action")) {
    const parts = children(action);
    if (parts.some((el) => el.localName === "TaskpaneId"))
      report("a ShowTaskpane action has a <TaskpaneId>; a shared runtime has one task pane only");
    const source = parts.find((el) => el.localName === "SourceLocation")?.getAttribute("resid");
    if (source !== undefined && source !== null && source !== resid)
      report(
        `<SourceLocation resid="${source}"> of a ShowTaskpane action must name the Runtime's resid "${resid}"`,
      );
  }
  return { resid, url: urlOf(resid) ?? "", functionFile };
}
