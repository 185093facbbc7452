// The outcome dialog of a ribbon command (outcome.html, opened by the function file with
// Office.context.ui.displayDialogAsync). It shows the text passed in the query string, as text,
// and tells the function file to close it; a dialog page may only call messageParent.
import { t } from "../i18n";
import { parseOutcomeQuery } from "../office/ribbonOutcome";

function close(): void {
  try {
    Office.context.ui.messageParent("close");
  } catch {
    // Opened outside Office (e.g. directly in a browser): nothing to tell.
    window.close();
  }
}

const { lang, ok, text } = parseOutcomeQuery(window.location.search);
document.documentElement.lang = lang === "sv" ? "sv-SE" : "en";
document.title = t(lang, "ui.appTitle");
const title = document.getElementById("title");
const message = document.getElementById("text");
const button = document.getElementById("close");
if (title) title.textContent = t(lang, "ui.appTitle");
if (message) {
  message.textContent = text;
  message.setAttribute("data-ok", ok ? "1" : "0");
}
if (button) {
  button.textContent = t(lang, "tp.command.close");
  button.addEventListener("click", close);
  button.focus();
}
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") close();
});
if (typeof Office !== "undefined") Office.onReady(() => undefined);
