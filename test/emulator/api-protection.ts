/**
 * Workbook structure protection (Excel.WorkbookProtection, ExcelApi 1.7): while it is on, no sheet
 * can be added, deleted, renamed, moved or hidden, and each such command fails with AccessDenied,
 * as in Excel (Review › Protect Workbook). A password, when given, must match to unprotect.
 */
import { ErrorCode, fail } from "./errors";
import { ClientObject, type Exec, type PropGetters, type RequestContext } from "./context";
import type { WorkbookModel } from "./model";

/** Fails with Excel's AccessDenied when the workbook's structure is protected. */
export function assertStructureEditable(x: Exec, location: string): void {
  if (x.wb.structureProtection?.protected)
    fail(
      ErrorCode.accessDenied,
      "The workbook's structure is protected: sheets cannot be changed.",
      location,
    );
}

export class WorkbookProtection extends ClientObject<WorkbookModel> {
  readonly _typeName = "WorkbookProtection";
  constructor(context: RequestContext, parent: ClientObject<WorkbookModel>) {
    super(context, parent, "protection", [], (x) => x.wb, { pathType: 4 });
  }
  protected _props(): PropGetters<WorkbookModel> {
    return { protected: (_x, wb) => wb.structureProtection?.protected === true };
  }
  get protected(): boolean {
    return this._get("protected");
  }
  protect(password?: string): void {
    this._call(
      "protect",
      password === undefined ? [] : [password],
      (_x, wb) => {
        if (wb.structureProtection?.protected)
          fail(
            ErrorCode.invalidOperation,
            "The workbook is already protected.",
            "WorkbookProtection.protect",
          );
        wb.structureProtection = { protected: true, password };
      },
      "1.7",
    );
  }
  unprotect(password?: string): void {
    this._call(
      "unprotect",
      password === undefined ? [] : [password],
      (_x, wb) => {
        const p = wb.structureProtection;
        if (p?.protected && p.password !== undefined && p.password !== password)
          fail(ErrorCode.invalidArgument, "The password is incorrect.", "WorkbookProtection.unprotect");
        wb.structureProtection = { protected: false };
      },
      "1.7",
    );
  }
}
