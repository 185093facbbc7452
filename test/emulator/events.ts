// Selection events: `workbook.onSelectionChanged` (ExcelApi 1.2) and
// `worksheet.onSelectionChanged` (1.7). As in Office.js, `add` and `remove` are commands that take
// effect at the next sync, and a handler is called later, on its own (not inside any request), with
// the event's arguments. The selection changes when code calls `range.select()` or
// `worksheet.activate()`, or when a test plays the user (`emu.workbook.select("Mål!B7")`).
import type { ClientObject, RequestContext } from "./context";
import { formatRect, type Rect } from "./address";
import type { SheetModel, WorkbookModel } from "./model";

export type EventHandler = (args: unknown) => unknown;

/** One registered handler: the sheet it listens to, or null for the whole workbook. */
export interface SelectionListener {
  sheet: SheetModel | null;
  handler: EventHandler;
}

/** The listeners registered on a workbook (they go with it: `reset()` drops them). */
export function listenersOf(wb: WorkbookModel): SelectionListener[] {
  return (wb.selectionListeners ??= []);
}

/**
 * Moves the selection and, when it changed, calls the listeners after the current task, as Excel
 * delivers an event after the change (never inside the request that caused it).
 */
export function setSelection(wb: WorkbookModel, sheet: SheetModel, r: Rect): void {
  const before = wb.selection;
  wb.activeSheet = sheet;
  wb.selection = { sheet, rect: { ...r } };
  const same =
    before.sheet === sheet &&
    before.rect.r0 === r.r0 &&
    before.rect.c0 === r.c0 &&
    before.rect.r1 === r.r1 &&
    before.rect.c1 === r.c1;
  if (!same) notifySelection(wb);
}

function notifySelection(wb: WorkbookModel): void {
  const { sheet, rect } = wb.selection;
  for (const l of [...listenersOf(wb)]) {
    if (l.sheet !== null && l.sheet !== sheet) continue;
    const args =
      l.sheet === null
        ? { type: "WorkbookSelectionChanged", source: "Local" }
        : {
            type: "WorksheetSelectionChanged",
            source: "Local",
            worksheetId: sheet.id,
            address: formatRect(rect),
          };
    setTimeout(() => {
      // A handler that fails does not stop Excel, nor the other handlers.
      Promise.resolve()
        .then(() => l.handler(args))
        .catch(() => undefined);
    }, 0);
  }
}

/** What `add` returns: `remove()` unregisters the handler at the next sync. */
export class EventHandlerResult {
  constructor(
    readonly context: RequestContext,
    private readonly owner: ClientObject<unknown>,
    private readonly listener: SelectionListener,
  ) {}

  remove(): void {
    this.context._enqueue({
      kind: "Method",
      target: this.owner,
      name: "onSelectionChanged.remove",
      args: [],
      run: (x) => {
        const list = listenersOf(x.wb);
        const i = list.indexOf(this.listener);
        if (i >= 0) list.splice(i, 1);
      },
    });
  }
}

/** `onSelectionChanged` of a workbook (`sheetOf` gives null) or of a worksheet. */
export class SelectionEvent {
  constructor(
    private readonly owner: ClientObject<unknown>,
    private readonly since: string,
    private readonly sheetOf: (x: Parameters<ClientObject<unknown>["_require"]>[0]) => SheetModel | null,
  ) {}

  add(handler: EventHandler): EventHandlerResult {
    const listener: SelectionListener = { sheet: null, handler };
    this.owner.context._enqueue({
      kind: "Method",
      target: this.owner,
      name: "onSelectionChanged.add",
      args: [],
      since: this.since,
      run: (x) => {
        listener.sheet = this.sheetOf(x);
        listenersOf(x.wb).push(listener);
      },
    });
    return new EventHandlerResult(this.owner.context, this.owner, listener);
  }
}
