// Strings for the ui section: the task pane shell, the ribbon's function commands, and the
// developer scripts (npm start / npm stop / npm run build), which load this file through
// scripts/util/ui-strings.cjs. Keys start with "ui." so they cannot collide with other sections.
// Add keys to `sv` first; `en` must then have the same keys. Keep this file free of imports: the
// scripts compile it on its own.
export const sv = {
  // Must equal the manifest's DisplayName (test/manifest.test.ts checks it).
  "ui.appTitle": "Måluppföljning",
  "ui.loading": "Startar Måluppföljning…",
  "ui.shell.ready": "Tillägget är laddat i Excel.",
  "ui.notInExcel.title": "Måluppföljning körs i Excel",
  "ui.notInExcel.body":
    "Den här sidan är ett tillägg för Microsoft Excel och fungerar bara när den öppnas från Excel (på webben, i Windows eller på Mac). Lägg till tillägget i Excel och öppna det från fliken Start.",
  "ui.otherHost.body": "Måluppföljning fungerar bara i Excel, inte i {host}.",
  "ui.blocked.body":
    "Sidans säkerhetspolicy stoppade {list}. Office kan inte starta tillägget utan dem: be den som administrerar tillägget att tillåta adresserna.",

  "ui.command.notReady":
    "Kommandot {command} är ännu inte kopplat i den här versionen av tillägget. Ingenting i arbetsboken ändrades.",
  "ui.command.failed": "Kommandot {command} misslyckades: {message}",

  "ui.dev.notInstalled": "Paketen är inte installerade. Kör först: npm ci",
  "ui.dev.desktop.trying": "Försöker ladda tillägget i Excel på skrivbordet (office-addin-debugging)…",
  "ui.dev.desktop.failed":
    "Tillägget kunde inte laddas i Excel på skrivbordet. Använd Excel på webben i stället (stegen nedan).",
  "ui.dev.desktop.unsupported":
    "Excel för skrivbordet finns inte på {platform}. Tillägget serveras för Excel på webben.",
  "ui.dev.starting": "Startar utvecklingsservern på {url} …",
  "ui.dev.alreadyRunning": "Servern svarar redan på {url}; ingen ny startas.",
  "ui.dev.portBusy":
    "Port {port} används redan av ett annat program. Stäng det (eller kör npm stop) och försök igen.",
  "ui.dev.serverFailed": "Utvecklingsservern kunde inte starta. Läs meddelandena ovan.",
  "ui.dev.serverTimeout": "Utvecklingsservern svarade inte på {url} inom {seconds} sekunder.",
  "ui.dev.serverStopped": "Utvecklingsservern har stoppats.",
  "ui.dev.built": "Bygget klart på {seconds} s.",
  "ui.dev.buildFailed": "Bygget misslyckades: se felen från webpack.",
  "ui.dev.sideloadWeb":
    "Tillägget serveras på {url}\nAdressen nås bara från den här datorn: öppna Excel på webben i en webbläsare här, inte på en annan dator eller mobil.\nSå laddar du det i Excel på webben:\n  1. Öppna en arbetsbok i Excel på webben (via Microsoft 365).\n  2. Välj Infoga → Tillägg → Fler tillägg (på vissa konton: Start → Tillägg → Fler tillägg).\n  3. Välj Mina tillägg → Ladda upp mitt tillägg.\n  4. Välj filen {manifest} och sedan Ladda upp.\n  5. På fliken Start, i gruppen Måluppföljning, välj Öppna panelen.",
  "ui.dev.stopHint": "Stoppa servern med Ctrl+C här, eller kör npm stop i en annan terminal.",
  "ui.dev.desktop.stopHint":
    "Kör npm stop när du är klar: det tar bort tillägget från Excel och stoppar servern.",
  "ui.dev.cert.trusted": "HTTPS-certifikat: utvecklarcertifikatet från office-addin-dev-certs ({dir}).",
  "ui.dev.cert.untrusted":
    "HTTPS-certifikat: {cert}, utfärdat av utvecklar-CA:t {ca}. Webbläsaren litar troligen inte på det. Innan du laddar tillägget: öppna {url} i webbläsaren och godkänn varningen, eller importera {ca} som utfärdare i webbläsaren (Chrome/Edge: Inställningar → Sekretess och säkerhet → Säkerhet → Hantera certifikat → Utfärdare → Importera).",
  "ui.dev.cert.selfSigned":
    "HTTPS-certifikat: utvecklarcertifikaten kunde inte skapas ({reason}); servern använder ett självsignerat certifikat. Öppna {url} i webbläsaren och godkänn varningen innan du laddar tillägget.",
  "ui.dev.stopped": "Utvecklingsservern (process {pid}) har stoppats.",
  "ui.dev.nothingToStop":
    "Ingen server som startats med npm start körs. Körs servern i en terminal stoppar du den där med Ctrl+C.",
  "ui.dev.desktop.stopping": "Avslutar felsökningen och tar bort tillägget från Excel på skrivbordet…",
  "ui.build.publicUrlMissing":
    "ADDIN_PUBLIC_URL saknas. En produktionsversion behöver adressen där dist/ ska publiceras, till exempel:\n  ADDIN_PUBLIC_URL=https://tillagg.exempel.se/maluppfoljning/ npm run build",
  "ui.build.publicUrlInvalid":
    "ADDIN_PUBLIC_URL={url} duger inte: adressen måste börja med https:// och sluta med /.",
  "ui.build.manifestProblems": "dist/manifest.xml klarar inte manifestkontrollen:",
  "ui.build.evalFound":
    "{files} innehåller eval eller new Function, som sidornas Content-Security-Policy stoppar (ingen 'unsafe-eval').",
  "ui.build.gzipReport": "Panelens första laddning (JS och CSS, gzip): {kb} kB i {files}",

  "ui.support.title": "Måluppföljning – hjälp",
  "ui.support.body":
    "Måluppföljning är ett tillägg för Excel. Tjänstepersoner bedömer varje mål i kommunens program (status och trend) och analytiker sammanställer resultatet. Du öppnar tillägget i Excel på fliken Start, i gruppen Måluppföljning.",
  "ui.support.contact":
    "Fungerar inte tillägget? Kontakta den som har installerat det i din organisation, oftast IT-avdelningen. Installation och felsökning beskrivs i projektets README.",
  "ui.support.version": "Version {version}",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "ui.appTitle": "Goal follow-up",
  "ui.loading": "Starting Goal follow-up…",
  "ui.shell.ready": "The add-in is loaded in Excel.",
  "ui.notInExcel.title": "Goal follow-up runs inside Excel",
  "ui.notInExcel.body":
    "This page is an add-in for Microsoft Excel and works only when opened from Excel (on the web, on Windows or on Mac). Add the add-in to Excel and open it from the Home tab.",
  "ui.otherHost.body": "Goal follow-up works only in Excel, not in {host}.",
  "ui.blocked.body":
    "The page's security policy blocked {list}. Office cannot start the add-in without them: ask whoever administers the add-in to allow these addresses.",

  "ui.command.notReady":
    "The command {command} is not connected yet in this version of the add-in. Nothing in the workbook was changed.",
  "ui.command.failed": "The command {command} failed: {message}",

  "ui.dev.notInstalled": "The packages are not installed. First run: npm ci",
  "ui.dev.desktop.trying":
    "Trying to sideload the add-in into Excel on the desktop (office-addin-debugging)…",
  "ui.dev.desktop.failed":
    "The add-in could not be sideloaded into Excel on the desktop. Use Excel on the web instead (steps below).",
  "ui.dev.desktop.unsupported":
    "Excel for the desktop does not exist on {platform}. The add-in is served for Excel on the web.",
  "ui.dev.starting": "Starting the dev server on {url} …",
  "ui.dev.alreadyRunning": "A server already answers on {url}; not starting another.",
  "ui.dev.portBusy":
    "Port {port} is already used by another program. Close it (or run npm stop) and try again.",
  "ui.dev.serverFailed": "The dev server could not start. See the messages above.",
  "ui.dev.serverTimeout": "The dev server did not answer on {url} within {seconds} seconds.",
  "ui.dev.serverStopped": "The dev server has stopped.",
  "ui.dev.built": "Build finished in {seconds} s.",
  "ui.dev.buildFailed": "The build failed: see the errors from webpack.",
  "ui.dev.sideloadWeb":
    "The add-in is served at {url}\nThat address is reachable only from this computer: open Excel on the web in a browser here, not on another computer or phone.\nTo load it in Excel on the web:\n  1. Open a workbook in Excel on the web (through Microsoft 365).\n  2. Choose Insert → Add-ins → More Add-ins (on some accounts: Home → Add-ins → More Add-ins).\n  3. Choose My Add-ins → Upload My Add-in.\n  4. Pick the file {manifest}, then Upload.\n  5. On the Home tab, in the Goal follow-up group, choose Open pane.",
  "ui.dev.stopHint": "Stop the server with Ctrl+C here, or run npm stop in another terminal.",
  "ui.dev.desktop.stopHint":
    "Run npm stop when you are done: it removes the add-in from Excel and stops the server.",
  "ui.dev.cert.trusted": "HTTPS certificate: the developer certificate from office-addin-dev-certs ({dir}).",
  "ui.dev.cert.untrusted":
    "HTTPS certificate: {cert}, issued by the developer CA {ca}. Your browser probably does not trust it. Before loading the add-in: open {url} in the browser and accept the warning, or import {ca} as an authority in the browser (Chrome/Edge: Settings → Privacy and security → Security → Manage certificates → Authorities → Import).",
  "ui.dev.cert.selfSigned":
    "HTTPS certificate: the developer certificates could not be created ({reason}); the server uses a self-signed certificate. Open {url} in the browser and accept the warning before loading the add-in.",
  "ui.dev.stopped": "The dev server (process {pid}) has been stopped.",
  "ui.dev.nothingToStop":
    "No server started by npm start is running. If the server runs in a terminal, stop it there with Ctrl+C.",
  "ui.dev.desktop.stopping": "Ending debugging and removing the add-in from Excel on the desktop…",
  "ui.build.publicUrlMissing":
    "ADDIN_PUBLIC_URL is not set. A production build needs the address where dist/ will be published, for example:\n  ADDIN_PUBLIC_URL=https://addins.example.org/maluppfoljning/ npm run build",
  "ui.build.publicUrlInvalid":
    "ADDIN_PUBLIC_URL={url} will not do: the address must start with https:// and end with /.",
  "ui.build.manifestProblems": "dist/manifest.xml fails the manifest check:",
  "ui.build.evalFound":
    "{files} contains eval or new Function, which the pages' Content-Security-Policy blocks (no 'unsafe-eval').",
  "ui.build.gzipReport": "Task pane first load (JS and CSS, gzip): {kb} kB in {files}",

  "ui.support.title": "Goal follow-up – help",
  "ui.support.body":
    "Goal follow-up (Måluppföljning) is an add-in for Excel. Officials assess every goal of the municipality's programmes (status and trend) and analysts summarise the result. Open the add-in in Excel on the Home tab, in the Goal follow-up group.",
  "ui.support.contact":
    "Add-in not working? Contact whoever installed it in your organisation, usually the IT department. Installation and troubleshooting are described in the project's README.",
  "ui.support.version": "Version {version}",
};
