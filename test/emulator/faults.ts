/**
 * Fault injection. A fault is attached to a future sync (counted from now: 1 = the next sync) and
 * decides how much of that sync's batch is applied before it rejects:
 *   "none"  – nothing applied (the request never reached Excel);
 *   k       – the first k commands applied, then the failure (Excel does not roll back);
 *   "all"   – everything applied but the answer is lost (the connection dropped on the way back).
 */
import { ErrorCode } from "./errors";

export type Applied = "none" | "all" | number;

export interface FaultSpec {
  code?: string;
  message?: string;
  applied?: Applied;
}

export interface ScheduledFault {
  /** Sync number at which to fail, on the emulator's running sync counter. */
  atSync: number;
  code: string;
  message: string;
  applied: Applied;
}

export interface SettingsFault {
  code: string;
  message: string;
}

export class Faults {
  private scheduled: ScheduledFault[] = [];
  private edits: { atSync: number; edit: () => void }[] = [];
  private settingsFaults: SettingsFault[] = [];
  private commandFaults: { location: string; code: string; message: string }[] = [];

  constructor(private readonly currentSync: () => number) {}

  /** Fails the next `context.sync()` (an empty sync too). */
  failNextSync(spec: FaultSpec = {}): void {
    this.failOnSync(1, spec);
  }

  /** Fails the n-th sync from now (1 = the next one). */
  failOnSync(n: number, spec: FaultSpec = {}): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError("failOnSync: n must be a positive integer");
    const applied = spec.applied ?? "none";
    if (typeof applied === "number" && (!Number.isInteger(applied) || applied < 0))
      throw new RangeError("failOnSync: applied must be 'none', 'all' or a non-negative integer");
    this.scheduled.push({
      atSync: this.currentSync() + n,
      code: spec.code ?? ErrorCode.generalException,
      message: spec.message ?? "An internal error has occurred.",
      applied,
    });
  }

  /** The network dropped: Office.js reports ConnectionFailure. */
  connectionLost(applied: Applied = "none", n = 1): void {
    this.failOnSync(n, {
      code: ErrorCode.connectionFailure,
      message: "The connection to the workbook was lost.",
      applied,
    });
  }

  /** Fails the next `Office.context.document.settings.saveAsync`. */
  failNextSettingsSave(code = "GeneralException", message = "The settings could not be saved."): void {
    this.settingsFaults.push({ code, message });
  }

  /**
   * Fails the next command at `location` ("WorksheetFreezePanes.freezeRows", as Office.js names it
   * in debugInfo.errorLocation) whatever sync it is in: a host that refuses one API (freezeRows
   * threw GeneralException on an Excel 2019 build). Excel applies the commands before it in the
   * same request and none after it.
   */
  failCommand(location: string, spec: Omit<FaultSpec, "applied"> = {}): void {
    this.commandFaults.push({
      location,
      code: spec.code ?? ErrorCode.generalException,
      message: spec.message ?? "An internal error has occurred.",
    });
  }

  /**
   * A co-author's edit landing between two requests: `edit` runs right before the n-th sync from
   * now (1 = the next one) carries its commands, as a change merged in from another session would
   * (sort a table, insert rows: WorkbookState.sortRows, insertRows).
   */
  beforeSync(n: number, edit: () => void): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError("beforeSync: n must be a positive integer");
    this.edits.push({ atSync: this.currentSync() + n, edit });
  }

  /** Called by the context for each sync with its number; runs and removes the edits due. */
  runEdits(syncNumber: number): void {
    const due = this.edits.filter((e) => e.atSync === syncNumber);
    this.edits = this.edits.filter((e) => e.atSync !== syncNumber);
    for (const e of due) e.edit();
  }

  /** Called by the context before each command runs; returns and removes the fault due. */
  takeCommandFault(location: string): { code: string; message: string } | undefined {
    const i = this.commandFaults.findIndex((f) => f.location === location);
    return i < 0 ? undefined : this.commandFaults.splice(i, 1)[0];
  }

  /** Faults not yet triggered. */
  pending(): readonly ScheduledFault[] {
    return this.scheduled;
  }

  clear(): void {
    this.scheduled = [];
    this.edits = [];
    this.settingsFaults = [];
    this.commandFaults = [];
  }

  /** Called by the context for each sync with its number; returns and removes the fault due. */
  take(syncNumber: number): ScheduledFault | undefined {
    const i = this.scheduled.findIndex((f) => f.atSync === syncNumber);
    if (i < 0) return undefined;
    return this.scheduled.splice(i, 1)[0];
  }

  takeSettingsFault(): SettingsFault | undefined {
    return this.settingsFaults.shift();
  }
}
