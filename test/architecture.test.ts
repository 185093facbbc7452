/**
 * The layer rules of docs/ARCHITECTURE.md, checked on the source itself: no import cycles, the
 * arrows between layers point one way only, the core (src/domain, src/plan) stays free of Office,
 * React and Node, and no source file grows past the size a reader can hold in mind.
 */
import { builtinModules } from "module";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");
const MAX_LINES = 450;
const SOURCE_EXTENSIONS = [".ts", ".tsx"];

interface SourceFile {
  /** Repository-relative path with forward slashes, e.g. "src/domain/rows.ts". */
  readonly name: string;
  readonly text: string;
  /** Other files under src/ this file imports (resolved, repository-relative). */
  readonly internal: readonly string[];
  /** Bare specifiers: packages and Node built-ins. */
  readonly external: readonly string[];
}

function listSources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listSources(full);
      return SOURCE_EXTENSIONS.includes(path.extname(entry.name)) ? [full] : [];
    })
    .sort();
}

function relative(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

/** Node's resolution for the extensions we compile; non-source targets (JSON seeds) resolve to themselves. */
function resolveRelative(fromFile: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [
    base,
    ...SOURCE_EXTENSIONS.map((ext) => base + ext),
    ...SOURCE_EXTENSIONS.map((ext) => path.join(base, "index" + ext)),
  ];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

function readSource(file: string): SourceFile {
  const text = fs.readFileSync(file, "utf8");
  // Type-only imports count: a type cycle or a type arrow pointing up the layers tangles the design
  // just as much, even though the compiler erases it.
  const info = ts.preProcessFile(text, true, true);
  const internal: string[] = [];
  const external: string[] = [];
  for (const { fileName: specifier } of info.importedFiles) {
    if (!specifier.startsWith(".")) {
      external.push(specifier);
      continue;
    }
    const target = resolveRelative(file, specifier);
    if (target === undefined) throw new Error(`${relative(file)}: cannot resolve "${specifier}"`);
    if (target.startsWith(SRC + path.sep) && SOURCE_EXTENSIONS.includes(path.extname(target))) {
      internal.push(relative(target));
    }
  }
  return { name: relative(file), text, internal: [...new Set(internal)], external: [...new Set(external)] };
}

const sources: readonly SourceFile[] = listSources(SRC).map(readSource);
const byName = new Map(sources.map((source) => [source.name, source]));

/** The top-level folder under src/ a file belongs to: "domain", "plan", "taskpane", ... */
function layerOf(name: string): string {
  return name.split("/")[1];
}

/**
 * Strongly connected components of the import graph (Tarjan), each turned into one concrete cycle
 * so the failure names the files to untangle.
 */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;

  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };

  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => cycleThrough(graph, new Set(component)));
}

/** A shortest path from the component's first file (alphabetically) back to itself, inside the component. */
function cycleThrough(graph: ReadonlyMap<string, readonly string[]>, members: ReadonlySet<string>): string[] {
  const start = [...members].sort()[0];
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0])!);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  throw new Error(`no cycle through ${start}`);
}

/** Lines counted the way an editor shows them: a final newline does not start another line. */
function lineCount(text: string): number {
  if (text.length === 0) return 0;
  return text.replace(/\r?\n$/, "").split(/\r?\n/).length;
}

/** Identifiers that reach the Office.js globals (`Excel.Range`, `Office.context`, `typeof Excel`). */
function officeGlobalUses(source: SourceFile): string[] {
  const file = ts.createSourceFile(
    source.name,
    source.text,
    ts.ScriptTarget.Latest,
    true,
    source.name.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const uses: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && (node.text === "Excel" || node.text === "Office")) {
      const parent = node.parent;
      // `x.Excel` and `{ Excel: ... }` name a property, not the global.
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node);
      if (!isPropertyName) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        uses.push(`${source.name}:${line + 1} ${node.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

const NODE_BUILTINS = new Set(builtinModules);

function isNodeBuiltin(specifier: string): boolean {
  return (
    specifier.startsWith("node:") ||
    NODE_BUILTINS.has(specifier) ||
    NODE_BUILTINS.has(specifier.split("/")[0])
  );
}

function isReact(specifier: string): boolean {
  return /^(react|react-dom|scheduler)(\/|$)/.test(specifier) || specifier.startsWith("@fluentui/");
}

/**
 * Layers each layer must never import. The arrows run domain → plan → excel/ and xlsx/; taskpane/
 * drives excel/, cli/ drives xlsx/, office/ is the host glue under the pane and the ribbon commands,
 * present/ composes what they show, xlsxlite/ reads our workbooks' tables in the browser (JSZip
 * and the DOMParser, for the pane's history import), kolada/ is the Kolada client in the domain's
 * terms (its transport injected, so it is as free of Node and Office as the core), selftest/ checks excel/'s
 * assumptions about Office.js for the pane's diagnostics view, report/ writes the report document
 * (docx) for the CLI and the pane from present/'s and the domain's text, and i18n/ sits below everything.
 */
const FORBIDDEN_LAYERS: Readonly<Record<string, readonly string[]>> = {
  i18n: [
    "domain",
    "plan",
    "excel",
    "xlsx",
    "xlsxlite",
    "cli",
    "taskpane",
    "commands",
    "office",
    "present",
    "kolada",
    "selftest",
    "report",
  ],
  domain: [
    "plan",
    "excel",
    "xlsx",
    "xlsxlite",
    "cli",
    "taskpane",
    "commands",
    "office",
    "present",
    "kolada",
    "selftest",
    "report",
  ],
  plan: [
    "excel",
    "xlsx",
    "xlsxlite",
    "cli",
    "taskpane",
    "commands",
    "office",
    "present",
    "kolada",
    "selftest",
    "report",
  ],
  kolada: [
    "plan",
    "excel",
    "xlsx",
    "xlsxlite",
    "cli",
    "taskpane",
    "commands",
    "office",
    "present",
    "selftest",
    "report",
  ],
  excel: ["xlsx", "xlsxlite", "cli", "taskpane", "commands", "office", "selftest", "report"],
  xlsx: ["excel", "cli", "taskpane", "commands", "office", "selftest", "report"],
  xlsxlite: [
    "excel",
    "xlsx",
    "cli",
    "taskpane",
    "commands",
    "office",
    "present",
    "kolada",
    "selftest",
    "report",
  ],
  office: ["taskpane", "commands", "cli", "xlsx", "xlsxlite", "selftest", "report"],
  commands: ["taskpane", "cli", "xlsx", "selftest", "report"],
  taskpane: ["commands", "cli", "xlsx"],
  cli: ["taskpane", "commands", "office", "excel", "selftest"],
  present: ["taskpane", "commands", "cli", "xlsxlite", "selftest", "report"],
  selftest: ["taskpane", "commands", "cli", "xlsx", "xlsxlite", "present", "report"],
  report: ["excel", "xlsx", "xlsxlite", "cli", "taskpane", "commands", "office", "kolada", "selftest"],
};

// report/ builds the Word document for the CLI and (lazily) the pane: as pure as the core.
const CORE_LAYERS = ["domain", "plan", "kolada", "report"];
const BROWSER_LAYERS = ["excel", "office", "taskpane", "commands", "selftest", "xlsxlite"];

describe("source architecture", () => {
  it("finds the source files it checks", () => {
    expect(sources.length).toBeGreaterThan(20);
    expect(byName.has("src/domain/types.ts")).toBe(true);
  });

  it("has no import cycles among src/ modules", () => {
    const graph = new Map(sources.map((source) => [source.name, source.internal]));
    const cycles = findCycles(graph).map((cycle) => cycle.join(" → "));
    expect(cycles).toEqual([]);
  });

  it("lets every layer import only the layers below it", () => {
    const violations = sources.flatMap((source) => {
      const forbidden = FORBIDDEN_LAYERS[layerOf(source.name)] ?? [];
      return source.internal
        .filter((target) => forbidden.includes(layerOf(target)))
        .map((target) => `${source.name} → ${target}`);
    });
    expect(violations).toEqual([]);
  });

  it("knows every layer under src/", () => {
    const unknown = [...new Set(sources.map((source) => layerOf(source.name)))].filter(
      (layer) => !(layer in FORBIDDEN_LAYERS),
    );
    expect(unknown).toEqual([]);
  });

  it("keeps the core (src/domain, src/plan, src/kolada, src/report) free of Office, React and Node", () => {
    const core = sources.filter((source) => CORE_LAYERS.includes(layerOf(source.name)));
    const imports = core.flatMap((source) =>
      source.external
        .filter((specifier) => isNodeBuiltin(specifier) || isReact(specifier) || specifier === "exceljs")
        .map((specifier) => `${source.name} imports ${specifier}`),
    );
    expect(imports).toEqual([]);
    expect(core.flatMap(officeGlobalUses)).toEqual([]);
  });

  it("keeps the code that runs in the task pane and the ribbon free of Node and ExcelJS", () => {
    const browser = sources.filter((source) => BROWSER_LAYERS.includes(layerOf(source.name)));
    const imports = browser.flatMap((source) =>
      source.external
        .filter((specifier) => isNodeBuiltin(specifier) || specifier === "exceljs")
        .map((specifier) => `${source.name} imports ${specifier}`),
    );
    expect(imports).toEqual([]);
  });

  it("keeps the CLI's own strings (i18n/cliStrings.ts, i18n/cli.ts) to the CLI", () => {
    // The task pane's first load stays within its byte budget because it never reaches them.
    const cliOnly = ["src/i18n/cliStrings.ts", "src/i18n/cli.ts"];
    const reaching = sources
      .filter((source) => layerOf(source.name) !== "cli" && !cliOnly.includes(source.name))
      .flatMap((source) =>
        source.internal
          .filter((target) => cliOnly.includes(target))
          .map((target) => `${source.name} → ${target}`),
      );
    expect(reaching).toEqual([]);
  });

  it(`has no source file over ${MAX_LINES} lines`, () => {
    const offenders = sources
      .map((source) => ({ name: source.name, lines: lineCount(source.text) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ name, lines }) => `${name} (${lines} lines)`);
    expect(offenders).toEqual([]);
  });
});

describe("the cycle finder", () => {
  const graphOf = (edges: Record<string, string[]>): Map<string, string[]> => new Map(Object.entries(edges));

  it("finds a two-file cycle and names it from its first file", () => {
    expect(findCycles(graphOf({ "b.ts": ["a.ts"], "a.ts": ["b.ts"], "c.ts": ["a.ts"] }))).toEqual([
      ["a.ts", "b.ts", "a.ts"],
    ]);
  });

  it("finds a self-import and a longer cycle, and passes an acyclic graph", () => {
    expect(findCycles(graphOf({ "a.ts": ["a.ts"] }))).toEqual([["a.ts", "a.ts"]]);
    expect(findCycles(graphOf({ "a.ts": ["b.ts"], "b.ts": ["c.ts"], "c.ts": ["a.ts"] }))).toEqual([
      ["a.ts", "b.ts", "c.ts", "a.ts"],
    ]);
    expect(findCycles(graphOf({ "a.ts": ["b.ts", "c.ts"], "b.ts": ["c.ts"], "c.ts": [] }))).toEqual([]);
  });

  it("sees the office globals only where they are the globals", () => {
    const source = (text: string): SourceFile => ({ name: "x.ts", text, internal: [], external: [] });
    expect(officeGlobalUses(source("let r: Excel.Range; Office.onReady();"))).toEqual([
      "x.ts:1 Excel",
      "x.ts:1 Office",
    ]);
    expect(
      officeGlobalUses(source('const o = { Excel: 1 }; o.Excel; // Excel.Range\nconst s = "Office.x";')),
    ).toEqual([]);
  });
});
