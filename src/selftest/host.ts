// The self-test's host inside Excel: Office's own Excel.run, requirement sets, document settings
// and diagnostics. Only the pane's diagnostics view calls this; the emulator builds its own host.
import { hostIsSetSupported } from "../excel/requirements";
import { officeSettingsStore } from "../office/settings";
import type { SelfTestHost } from "./types";

function diagnostics(): SelfTestHost["diagnostics"] {
  try {
    const d = Office.context.diagnostics;
    return d ? { host: String(d.host), platform: String(d.platform), version: String(d.version) } : null;
  } catch {
    return null;
  }
}

/** The document, where the browser reports CSP refusals on it; null where it does not (the check is skipped). */
function securityEvents(): SelfTestHost["securityEvents"] {
  return typeof document !== "undefined" && typeof SecurityPolicyViolationEvent !== "undefined"
    ? document
    : null;
}

export function excelHost(): SelfTestHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: hostIsSetSupported,
    settings: officeSettingsStore(),
    diagnostics: diagnostics(),
    emulated: false,
    securityEvents: securityEvents(),
  };
}
