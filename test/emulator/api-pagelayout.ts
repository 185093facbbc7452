/**
 * Excel.PageLayout (`worksheet.pageLayout`, ExcelApi 1.9), the part the add-in uses: orientation,
 * zoom (a scale, or fit to N pages wide by M tall; 0 = as many as needed), the side margins
 * (points) and print title rows.
 */
import { ErrorCode, fail } from "./errors";
import { MAX_COLS, parseAddress } from "./address";
import { ClientObject, type PropGetters, type RequestContext } from "./context";
import type { PageLayoutModel, SheetModel } from "./model";
import { Range } from "./api-range";

const SINCE = "1.9";
/** Excel's "Normal" side margin, 0.7 in. */
const DEFAULT_SIDE_MARGIN = 50.4;

function checkMargin(v: unknown, where: string): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
    return fail(ErrorCode.invalidArgument, "The argument is invalid: margin.", where);
  return v;
}

function layout(s: SheetModel): PageLayoutModel {
  return (s.pageLayout ??= { orientation: "Portrait", zoom: { scale: 100 }, titleRows: null });
}

function checkZoom(v: unknown, where: string): PageLayoutModel["zoom"] {
  if (typeof v !== "object" || v === null)
    return fail(ErrorCode.invalidArgument, "The argument is invalid: zoom.", where);
  const z = v as Record<string, unknown>;
  const out: PageLayoutModel["zoom"] = {};
  for (const k of ["horizontalFitToPages", "verticalFitToPages"] as const) {
    if (z[k] === undefined) continue;
    if (typeof z[k] !== "number" || !Number.isInteger(z[k]) || (z[k] as number) < 0)
      fail(ErrorCode.invalidArgument, `The argument is invalid: zoom.${k}.`, where);
    out[k] = z[k] as number;
  }
  if (z.scale !== undefined) {
    if (out.horizontalFitToPages !== undefined || out.verticalFitToPages !== undefined)
      fail(ErrorCode.invalidArgument, "The argument is invalid: zoom has a scale and fit-to-pages.", where);
    if (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400)
      fail(ErrorCode.invalidArgument, "The argument is invalid: zoom.scale.", where);
    out.scale = z.scale as number;
  }
  if (Object.keys(out).length === 0) fail(ErrorCode.invalidArgument, "The argument is invalid: zoom.", where);
  return out;
}

export class PageLayout extends ClientObject<SheetModel> {
  readonly _typeName = "PageLayout";
  constructor(context: RequestContext, parent: ClientObject<SheetModel>) {
    super(context, parent, "pageLayout", [], (x) => parent._require(x), { pathType: 4 });
  }
  protected _props(): PropGetters<SheetModel> {
    return {
      orientation: (_x, s) => layout(s).orientation,
      zoom: (_x, s) => ({ ...layout(s).zoom }),
      leftMargin: (_x, s) => layout(s).leftMargin ?? DEFAULT_SIDE_MARGIN,
      rightMargin: (_x, s) => layout(s).rightMargin ?? DEFAULT_SIDE_MARGIN,
    };
  }
  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this._set(
      "orientation",
      v,
      (_x, s) => {
        if (v !== "Portrait" && v !== "Landscape")
          fail(ErrorCode.invalidArgument, "The argument is invalid: orientation.", "PageLayout.orientation");
        layout(s).orientation = v;
      },
      SINCE,
    );
  }
  get zoom(): PageLayoutModel["zoom"] {
    return this._get("zoom");
  }
  set zoom(v: PageLayoutModel["zoom"]) {
    this._set(
      "zoom",
      v,
      (_x, s) => {
        layout(s).zoom = checkZoom(v, "PageLayout.zoom");
      },
      SINCE,
    );
  }
  get leftMargin(): number {
    return this._get("leftMargin");
  }
  set leftMargin(v: number) {
    this._set(
      "leftMargin",
      v,
      (_x, s) => {
        layout(s).leftMargin = checkMargin(v, "PageLayout.leftMargin");
      },
      SINCE,
    );
  }
  get rightMargin(): number {
    return this._get("rightMargin");
  }
  set rightMargin(v: number) {
    this._set(
      "rightMargin",
      v,
      (_x, s) => {
        layout(s).rightMargin = checkMargin(v, "PageLayout.rightMargin");
      },
      SINCE,
    );
  }
  /** Rows repeated at the top of every printed page: "$3:$3", "3:4" or a Range of whole rows. */
  setPrintTitleRows(rows: Range | string): void {
    this._call(
      "setPrintTitleRows",
      [rows],
      (x, s) => {
        const r =
          typeof rows === "string" ? parseAddress(rows.replace(/\$/g, "")).rect : rows._require(x).rect;
        if (r.c0 !== 0 || r.c1 !== MAX_COLS - 1)
          fail(
            ErrorCode.invalidArgument,
            "The argument is invalid: title rows must be whole rows.",
            "PageLayout.setPrintTitleRows",
          );
        layout(s).titleRows = { r0: r.r0, r1: r.r1 };
      },
      SINCE,
    );
  }
  getPrintTitleRowsOrNullObject(): Range {
    return Range._derived(
      this.context,
      this,
      "getPrintTitleRowsOrNullObject",
      [],
      (x) => {
        const s = this._require(x);
        const t = s.pageLayout?.titleRows;
        return t ? { sheet: s, rect: { r0: t.r0, r1: t.r1, c0: 0, c1: MAX_COLS - 1 } } : null;
      },
      true,
    );
  }
}
