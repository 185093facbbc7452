// The offline manifest check (scripts/check-manifest.ts) on the real manifest.xml, on mutated
// copies that must fail, and on what the production build would write; plus the facts that tie the
// manifest to the rest of the add-in (function names, display name, version, icons, pages).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PNG } from "pngjs";
import { checkManifest, formatProblems, pngSize, type ManifestFiles } from "../scripts/check-manifest";
import { COMMANDS } from "../src/commands/actions";
import { strings } from "../src/i18n";
import {
  MANIFEST_PATH,
  ROOT,
  manifestInfo,
  mutate,
  readManifest,
  sourceFiles,
  webpackConfig,
} from "./manifest/fixtures";

const DEV_URL = webpackConfig.DEV_URL;
const check = (xml: string, files: ManifestFiles = sourceFiles(), baseUrl = DEV_URL) =>
  checkManifest(xml, { baseUrl, files });
const codes = (xml: string, files?: ManifestFiles) => check(xml, files).problems.map((p) => p.code);

describe("manifest.xml passes the offline check", () => {
  it("has no problems", () => {
    const { problems } = check(readManifest());
    expect(formatProblems(problems)).toBe("");
  });

  it("office-addin-manifest info reads it", () => {
    const { status, output } = manifestInfo(MANIFEST_PATH);
    expect(status).toBe(0);
    expect(output).toContain("c33dd3bf-9735-4467-97a1-a0e2ef924e96");
    expect(output).toContain("Default Locale: sv-SE");
    expect(output).toContain("Permissions: ReadWriteDocument");
  });

  it("names every URL over https on the development server", () => {
    const { urls } = check(readManifest());
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(DEV_URL)).toBe(true);
  });
});

describe("the check fails for a broken manifest", () => {
  const xml = readManifest();

  it("reports a dangling resid", () => {
    const broken = mutate(xml, '<Label resid="Validate.Label"/>', '<Label resid="Validate.Missing"/>');
    const { problems } = check(broken);
    expect(problems).toEqual([
      expect.objectContaining({ code: "resid", message: expect.stringContaining('"Validate.Missing"') }),
    ]);
  });

  it("reports an http:// URL", () => {
    const broken = mutate(
      xml,
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<bt:Url id="Taskpane.Url" DefaultValue="http://localhost:3000/taskpane.html"/>',
    );
    const { problems } = check(broken);
    expect(problems).toEqual([
      expect.objectContaining({
        code: "url-scheme",
        message: expect.stringContaining("http://localhost:3000/taskpane.html"),
      }),
    ]);
  });

  it("reports a URL naming a file that neither the build nor assets/ provides", () => {
    const broken = mutate(xml, "assets/icon-64.png", "assets/icon-65.png");
    expect(codes(broken)).toEqual(["url-missing"]);
  });

  it("reports a URL outside the add-in's own origin", () => {
    const broken = mutate(
      xml,
      'https://localhost:3000/support.html"/>\n  <Hosts>',
      'https://example.org/help"/>\n  <Hosts>',
    );
    expect(codes(broken)).toEqual(["url-outside"]);
  });

  it("reports XML that is not well-formed", () => {
    expect(codes(xml.replace("</OfficeApp>", ""))).toEqual(["xml"]);
    expect(codes(mutate(xml, "<ProviderName>", "<ProviderName attr>"))).toEqual(["xml"]);
  });

  it("reports elements out of schema order", () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const moved = mutate(
      mutate(xml, permissions, ""),
      "  <DefaultSettings>",
      `${permissions}  <DefaultSettings>`,
    );
    expect(codes(moved)).toEqual(["order"]);
  });

  it("reports a ribbon string without its en-US override", () => {
    const broken = mutate(xml, '\n          <bt:Override Locale="en-US" Value="Validate"/>', "");
    const { problems } = check(broken);
    expect(problems).toEqual([
      expect.objectContaining({ code: "locale", message: expect.stringContaining("Validate.Label") }),
    ]);
  });

  it("reports a resid that points at the wrong kind of resource", () => {
    const broken = mutate(xml, '<Label resid="Refresh.Label"/>', '<Label resid="Refresh.Tooltip"/>');
    expect(codes(broken)).toEqual(["resid-kind"]);
  });

  it("reports a wider permission than ReadWriteDocument", () => {
    expect(codes(mutate(xml, "<Permissions>ReadWriteDocument<", "<Permissions>ReadWriteMailbox<"))).toEqual([
      "value",
    ]);
  });

  it("reports an icon whose pixels do not match its name and declared size", () => {
    const real = sourceFiles();
    const swapped: ManifestFiles = {
      has: real.has,
      read: (rel) => real.read(rel === "assets/icon-32.png" ? "assets/icon-16.png" : rel),
    };
    const problems = check(xml, swapped).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === "icon")).toBe(true);
    expect(formatProblems(problems)).toContain("icon-32.png is 16×16 px");
  });

  it("office-addin-manifest info fails on a truncated manifest", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, xml.slice(0, xml.length / 2));
    try {
      expect(manifestInfo(file).status).not.toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the manifest agrees with the rest of the add-in", () => {
  const xml = readManifest();

  it("its function commands are exactly the ones commands.ts registers", () => {
    expect(check(xml).functionNames.sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it("its display name is the app title in both languages", () => {
    expect(xml).toContain(`<DisplayName DefaultValue="${strings.sv["ui.appTitle"]}">`);
    expect(xml).toContain(`<Override Locale="en-US" Value="${strings.en["ui.appTitle"]}"/>`);
  });

  it("its version is package.json's version", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(xml).toContain(`<Version>${version}.0</Version>`);
  });

  it("the pages it names are the pages webpack emits", async () => {
    const config = await webpackConfig({}, { mode: "development" });
    const emitted = config.plugins
      .filter((p) => p.constructor.name === "HtmlWebpackPlugin")
      .map((p) => p.userOptions?.filename)
      .sort();
    expect(emitted).toEqual([...webpackConfig.PAGES].sort());
    const named = check(xml)
      .urls.map((u) => u.slice(DEV_URL.length))
      .filter((rel) => rel.endsWith(".html"));
    for (const page of named) expect(webpackConfig.PAGES).toContain(page);
  });
});

describe("icons", () => {
  const sizes = [16, 32, 64, 80, 128];

  it.each(sizes)("assets/icon-%i.png is that many pixels square", (size) => {
    const bytes = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
  });

  it("are exactly what scripts/make-icons.mjs draws", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "icons-"));
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "make-icons.mjs"), dir], {
        encoding: "utf8",
      });
      expect(r.status).toBe(0);
      for (const size of sizes) {
        const drawn = PNG.sync.read(fs.readFileSync(path.join(dir, `icon-${size}.png`)));
        const committed = PNG.sync.read(fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`)));
        expect(Buffer.compare(drawn.data, committed.data)).toBe(0);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("production manifest (npm run build)", () => {
  it("points every URL at ADDIN_PUBLIC_URL and passes the check there", () => {
    const url = "https://tillagg.example.se/maluppfoljning/";
    const prod = webpackConfig.productionManifest(readManifest(), url);
    expect(prod).not.toContain("localhost");
    const report = checkManifest(prod, { baseUrl: url, files: sourceFiles() });
    expect(formatProblems(report.problems)).toBe("");
    expect(report.urls.every((u) => u.startsWith(url))).toBe(true);
  });

  it.each([
    ["https://tillagg.example.se/maluppfoljning/", null],
    [undefined, "ui.build.publicUrlMissing"],
    ["", "ui.build.publicUrlMissing"],
    ["http://tillagg.example.se/", "ui.build.publicUrlInvalid"],
    ["https://tillagg.example.se/maluppfoljning", "ui.build.publicUrlInvalid"],
    ["https://tillagg.example.se/?v=1/", "ui.build.publicUrlInvalid"],
    ["tillagg.example.se/", "ui.build.publicUrlInvalid"],
  ])("ADDIN_PUBLIC_URL=%p → %p", (url, problem) => {
    expect(webpackConfig.publicUrlProblem(url)).toBe(problem);
  });

  it("stops with a sentence, not a stack trace, when ADDIN_PUBLIC_URL is missing", () => {
    const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
    const env = { ...process.env };
    delete env.ADDIN_PUBLIC_URL;
    const r = spawnSync(process.execPath, [cli, "--mode", "production"], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(strings.sv["ui.build.publicUrlMissing"].split("\n")[0]);
    expect(r.stderr).toContain(strings.en["ui.build.publicUrlMissing"].split("\n")[0]);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
