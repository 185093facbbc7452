// Builds the add-in: dist/taskpane.html (React + Fluent UI task pane, and the ribbon's function
// file and shared runtime), dist/outcome.html (a ribbon command's outcome dialog), dist/support.html (the manifest's SupportUrl), dist/assets/ (icons) and
// dist/manifest.xml, with dist/manifest-selftest.xml beside it (the same add-in, its pane opening
// on the self-test; README, "Manual checklist").
//
//   npm run build        production; needs ADDIN_PUBLIC_URL (https, ending in /), which replaces
//                        https://localhost:3000/ in dist/manifest.xml, and checks that manifest
//   npm run build:dev    development build, manifest left pointing at https://localhost:3000/
//   npm run dev-server   HTTPS dev server on https://localhost:3000/
"use strict";

const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { loadTs } = require("./scripts/util/load-ts.cjs");
const { both, bilingual } = require("./scripts/util/ui-strings.cjs");

const DEV_PORT = 3000;
const DEV_URL = `https://localhost:${DEV_PORT}/`;
const OUT_DIR = path.resolve(__dirname, "dist");

/** The HTML pages the build emits; test/manifest.test.ts checks the manifest against this list. */
const PAGES = ["taskpane.html", "commands.html", "outcome.html", "support.html"];

/** Why `url` cannot be ADDIN_PUBLIC_URL (a ui string key), or null when it can. */
function publicUrlProblem(url) {
  if (url === undefined || url.trim() === "") return "ui.build.publicUrlMissing";
  let parsed = null;
  try {
    parsed = new URL(url);
  } catch {
    // not a URL at all
  }
  if (!parsed || parsed.protocol !== "https:" || !url.endsWith("/") || parsed.search || parsed.hash) {
    return "ui.build.publicUrlInvalid";
  }
  return null;
}

/**
 * ADDIN_PUBLIC_URL, checked: where an admin will publish dist/. A bad value stops the build with a
 * message instead of producing a manifest Office cannot load.
 */
function publicUrl() {
  const url = process.env.ADDIN_PUBLIC_URL;
  const problem = publicUrlProblem(url);
  if (problem) fail(bilingual(problem, { url }));
  return url;
}

/** The manifest for a deployment at `url`: every development URL replaced. */
function productionManifest(xml, url) {
  return xml.split(DEV_URL).join(xmlEscape(url));
}

/**
 * A manifest's own Id for the self-test: it installs beside the add-in, never in its place, and
 * an admin removes it again after the run.
 */
const SELFTEST_ID = "5d0f3a57-2c1e-4b8e-9f6a-1e7c3b9d4a21";

/**
 * The add-in's manifest without the ribbon buttons that run a command (ExecuteFunction), and
 * without the strings and images only they used. Under the self-test's Id such a button would work
 * on that Id's own document settings and rewrite the user's summary; only the button that opens
 * the pane stays.
 */
function withOnlyPaneButton(xml) {
  const removed = new Set();
  const kept = xml.replace(/[ \t]*<Control\b[^>]*>[\s\S]*?<\/Control>[ \t]*\r?\n?/g, (control) => {
    if (/<Action\s+xsi:type="ShowTaskpane"/.test(control)) return control;
    for (const m of control.matchAll(/resid="([^"]+)"/g)) removed.add(m[1]);
    return "";
  });
  const stillUsed = new Set([...kept.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
  let out = kept;
  for (const id of removed) {
    if (stillUsed.has(id)) continue;
    const attr = `id="${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`;
    out = out
      .replace(new RegExp(`[ \\t]*<bt:(String|Image|Url) ${attr}[^>]*/>[ \\t]*\\r?\\n?`), "")
      .replace(new RegExp(`[ \\t]*<bt:String ${attr}[^>]*>[\\s\\S]*?</bt:String>[ \\t]*\\r?\\n?`), "");
  }
  return out;
}

/**
 * The self-test's manifest from the add-in's: its own Id, name and ribbon group name, only the
 * button that opens the pane, and the task pane's address with "#selftest"
 * (src/taskpane/selftestUrl.ts), so that opening the pane opens the self-test.
 */
function selftestManifest(xml) {
  const st = loadTs(path.join(__dirname, "src", "i18n", "selftest.ts"));
  return withOnlyPaneButton(xml)
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${SELFTEST_ID}</Id>`)
    .replace(
      /<DisplayName DefaultValue="[^"]*">\s*<Override Locale="en-US" Value="[^"]*"\/>/,
      `<DisplayName DefaultValue="${xmlEscape(st.sv["st.manifestName"])}">\n    <Override Locale="en-US" Value="${xmlEscape(st.en["st.manifestName"])}"/>`,
    )
    .replace(
      /<bt:String id="Group.Label" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US" Value="[^"]*"\/>/,
      `<bt:String id="Group.Label" DefaultValue="${xmlEscape(st.sv["st.manifestName"])}">\n          <bt:Override Locale="en-US" Value="${xmlEscape(st.en["st.manifestName"])}"/>`,
    )
    .split('taskpane.html"')
    .join('taskpane.html#selftest"');
}

/** Prints a message and exits: a configuration mistake deserves a sentence, not a stack trace. */
function fail(message) {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

function xmlEscape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function htmlEscape(text) {
  return xmlEscape(text).replace(/'/g, "&#39;");
}

/** dist/support.html, from the ui strings, in Swedish and English. */
function supportPage() {
  const { version } = require("./package.json");
  const section = (lang) => {
    const s = (key, params) => htmlEscape(both(key, params)[lang]);
    return `<section lang="${lang}"><h1>${s("ui.support.title")}</h1><p>${s("ui.support.body")}</p><p>${s(
      "ui.support.contact",
    )}</p><p>${s("ui.support.version", { version })}</p></section>`;
  };
  return `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'" />
    <title>${htmlEscape(both("ui.support.title").sv)}</title>
    <style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}img{vertical-align:middle}</style>
  </head>
  <body>
    <p><img src="assets/icon-64.png" width="64" height="64" alt="" /></p>
    ${section("sv")}
    ${section("en")}
  </body>
</html>
`;
}

/**
 * True when the office-addin-dev-certs localhost certificate and key exist, belong together and
 * are valid for at least another day.
 */
function usableCertificate(certPath, keyPath) {
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(certPath));
    const key = crypto.createPrivateKey(fs.readFileSync(keyPath));
    return cert.checkPrivateKey(key) && new Date(cert.validTo).getTime() > Date.now() + 86_400_000;
  } catch {
    return false;
  }
}

/**
 * The dev server's HTTPS settings. On Windows and macOS, office-addin-dev-certs creates a developer
 * CA, installs it as trusted (asking for permission) and signs a localhost certificate: the
 * behaviour Office developers know. On Linux, installing needs sudo and browsers keep their own
 * trust stores anyway, so the certificates are only generated and the user is told what to
 * accept. If even that fails, webpack-dev-server's own self-signed certificate keeps it HTTPS.
 */
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  const log = (message) => process.stdout.write(`\n${message}\n\n`);
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      const options = await devCerts.getHttpsServerOptions();
      log(bilingual("ui.dev.cert.trusted", { dir: defaults.certificateDirectory }));
      return { type: "https", options: { ca: options.ca, cert: options.cert, key: options.key } };
    } catch {
      // Installing was refused or failed: fall through to the certificates without installing.
    }
  }
  const { caCertificatePath: ca, localhostCertificatePath: cert, localhostKeyPath: key } = defaults;
  try {
    if (!usableCertificate(cert, key)) {
      // generateCertificates writes nothing when a CA file already exists, so never regenerate
      // over an existing CA (it may be trusted already); use the self-signed fallback instead.
      if (fs.existsSync(ca))
        throw new Error(`${cert} is missing or expired; run: npx office-addin-dev-certs install`);
      await quietly(() => devCerts.generateCertificates());
      if (!usableCertificate(cert, key)) throw new Error(`${cert} could not be created`);
    }
    log(bilingual("ui.dev.cert.untrusted", { cert, ca, url: `${DEV_URL}taskpane.html` }));
    return {
      type: "https",
      options: { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) },
    };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    log(bilingual("ui.dev.cert.selfSigned", { reason, url: `${DEV_URL}taskpane.html` }));
    return "https";
  }
}

/**
 * Runs `fn` with console.log silenced: office-addin-dev-certs announces in English only what the
 * bilingual certificate message below says anyway.
 */
async function quietly(fn) {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await fn();
  } finally {
    console.log = log;
  }
}

/**
 * Dev server only: one line per build, in Swedish and English, in place of webpack's English
 * summary (the stats then show only errors and warnings, which are the compiler's own words).
 */
class DevBuildReport {
  apply(compiler) {
    compiler.hooks.done.tap("DevBuildReport", (stats) => {
      const seconds = ((stats.endTime - stats.startTime) / 1000).toFixed(1);
      const text = stats.hasErrors()
        ? bilingual("ui.dev.buildFailed")
        : bilingual("ui.dev.built", { seconds });
      process.stdout.write(`\n${text}\n`);
    });
  }
}

/**
 * Production only: checks dist/manifest.xml and dist/manifest-selftest.xml against the files in
 * dist/, checks that no script evaluates strings, and reports the gzipped size of what the task
 * pane loads first (its entry's JS and CSS).
 */
class AfterEmitChecks {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap("AfterEmitChecks", (compilation) => {
      const { checkManifest, directoryFiles, formatProblems } = loadTs(
        path.join(__dirname, "scripts", "check-manifest.ts"),
      );
      const outDir = compilation.outputOptions.path;
      const problems = ["manifest.xml", "manifest-selftest.xml"].flatMap((file) => {
        const xml = fs.readFileSync(path.join(outDir, file), "utf8");
        return checkManifest(xml, { baseUrl: this.baseUrl, files: directoryFiles(outDir) }).problems.map(
          (p) => ({ ...p, message: `${file}: ${p.message}` }),
        );
      });
      if (problems.length > 0) {
        const { WebpackError } = compiler.webpack;
        compilation.errors.push(
          new WebpackError(`${bilingual("ui.build.manifestProblems")}\n${formatProblems(problems)}`),
        );
      }
      // The pages' CSP has no 'unsafe-eval': code that evaluates strings would fail in Excel.
      const evaluating = Object.keys(compilation.assets).filter(
        (f) =>
          f.endsWith(".js") &&
          /\beval\(|\bnew Function\(/.test(fs.readFileSync(path.join(outDir, f), "utf8")),
      );
      if (evaluating.length > 0) {
        const { WebpackError } = compiler.webpack;
        compilation.errors.push(
          new WebpackError(bilingual("ui.build.evalFound", { files: evaluating.join(", ") })),
        );
      }
      const entry = compilation.entrypoints.get("taskpane");
      const files = entry.getFiles().filter((f) => /\.(js|css)$/.test(f));
      // Read back from disk: after emit webpack keeps only the sizes of its sources in memory.
      const bytes = files.reduce(
        (sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(outDir, f))).length,
        0,
      );
      const report = both("ui.build.gzipReport", { kb: (bytes / 1000).toFixed(1), files: files.join(", ") });
      compilation.getLogger("AfterEmitChecks").info(`${report.sv}\n${report.en}`);
    });
  }
}

module.exports = async (env, argv) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const dev = mode === "development";
  const prodUrl = dev ? null : publicUrl();
  const serving = Boolean(env && env.WEBPACK_SERVE);

  return {
    mode,
    // Never an eval-based source map: the pages' Content-Security-Policy has no 'unsafe-eval'.
    devtool: "source-map",
    // Excel's current web views are modern engines (WebView2, WKWebView, the browser itself).
    // Fluent UI v9 ships ES2020 syntax, so older web views (Internet Explorer, the EdgeHTML of
    // Office 2016/2019) cannot run the pane whatever we target. With es2020, webpack's runtime
    // relies on globalThis and carries no `new Function` fallback that the CSP would refuse.
    target: ["web", "es2020"],
    entry: {
      // The ribbon's function commands are registered by the pane's own page (the manifest's
      // shared Runtime and FunctionFile), first, as Microsoft's shared-runtime set-up has it; what
      // they do loads on their first click (the "commands" chunk).
      taskpane: ["./src/commands/commands.ts", "./src/taskpane/index.tsx"],
      // The dialog a ribbon command opens to report its outcome.
      outcome: "./src/commands/outcome.ts",
    },
    output: {
      path: OUT_DIR,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // JSZip for the pane's workbook import (src/xlsxlite/): its sources, not its browser build,
      // which bundles the "setimmediate" package with its string-evaluating branch. That package
      // becomes src/xlsxlite/setImmediate.ts; JSZip's optional Node streams and the Promise
      // polyfill it never needs in a browser with Promise are left out.
      alias: {
        jszip$: path.resolve(__dirname, "node_modules/jszip/lib/index.js"),
        setimmediate$: path.resolve(__dirname, "src/xlsxlite/setImmediate.ts"),
        lie$: false,
      },
      fallback: { stream: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // Type checking is `npm run typecheck`; the build only strips types. ES modules let
            // webpack tree-shake @fluentui/react-components down to the components we use.
            transpileOnly: true,
            compilerOptions: { module: "es2020", target: "es2020", sourceMap: true },
          },
        },
        // The core and present/ are pure (test/architecture.test.ts): a module of theirs that the
        // pane reaches only through an index's re-export and never uses is left out of the bundle.
        {
          test: /[\\/]src[\\/](domain|plan|present)[\\/].*\.ts$/,
          sideEffects: false,
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            priority: 20,
          },
          // Packages of the first load only: one a chunk loads later (JSZip, with the workbook
          // import) stays with that chunk instead of joining every pane's first load.
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", priority: 10, chunks: "initial" },
          // The self-test's strings stay in its own chunk (loaded only with "#selftest"), the
          // adapter's with the adapter (loaded when the first job runs), the workbook import's
          // with its reader, the report document's with the report actions, collect's with its
          // panel (and the split's), the goal view's with the view, the summary's suggestions with
          // their list, Kolada's with the pane's Kolada panel (and its client), and the summary sheet's
          // comparison's with the adapter that draws it, not in the
          // strings every pane loads first.
          strings: {
            test: /[\\/]src[\\/]i18n[\\/](?!selftest|excel\.ts|adapterStrings|historyFile|report|collect|goalView|suggestPane|kolada|comparisonSheet)/,
            name: "strings",
            priority: 5,
          },
        },
      },
    },
    // Webpack's size hints count uncompressed bytes; the budget that matters (what the task pane
    // loads first, gzipped) is printed by AfterEmitChecks and measured by `npm run bench`.
    performance: { hints: false },
    // The dev server rebuilds on every save: DevBuildReport prints one bilingual line per build,
    // and webpack's own summary is left to errors and warnings.
    stats: serving ? { preset: "errors-warnings", errorsCount: false, warningsCount: false } : "normal",
    // The dev server's and its middleware's notes ("Project is running at", "wait until bundle
    // finished: /taskpane.html" for every request npm start makes while it waits) are English and
    // repeat what npm start says in both languages; problems (warn, error) still show.
    infrastructureLogging: serving ? { level: "warn" } : undefined,
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      // The function file of manifests older than the shared runtime: the pane's own page under
      // its old name, which registers the same commands (as a host without the shared runtime
      // loads taskpane.html hidden), so ribbon buttons keep working while a central deployment
      // rolls out. An entry of its own would re-split the pane's chunks and grow its first load.
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "outcome.html",
        template: "./src/commands/outcome.html",
        chunks: ["outcome"],
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        templateContent: supportPage(),
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              const xml = content.toString("utf8");
              return dev ? xml : productionManifest(xml, prodUrl);
            },
          },
          {
            from: "manifest.xml",
            to: "manifest-selftest.xml",
            transform(content) {
              const xml = content.toString("utf8");
              return selftestManifest(dev ? xml : productionManifest(xml, prodUrl));
            },
          },
        ],
      }),
      ...(dev ? [] : [new AfterEmitChecks(prodUrl)]),
      ...(serving ? [new DevBuildReport()] : []),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          host: "localhost",
          server: await devServerHttps(),
          hot: true,
          static: false,
          // The browser console shows only the dev server client's problems, not its progress.
          client: { overlay: { errors: true, warnings: false }, logging: "warn" },
        }
      : undefined,
  };
};

// For test/manifest.test.ts.
Object.assign(module.exports, {
  PAGES,
  DEV_URL,
  publicUrlProblem,
  productionManifest,
  selftestManifest,
  SELFTEST_ID,
});
