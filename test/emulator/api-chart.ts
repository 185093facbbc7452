/**
 * A minimal Excel.Chart: enough for an adapter to add a chart over a range, name, title and place
 * it, set its series, axes and legend (api-chart-parts.ts), and for tests to see that it did.
 * Charts are not drawn and do not follow inserted rows; save.ts writes them into the .xlsx.
 */
import { ErrorCode, fail } from "./errors";
import { type Rect, parseAddress } from "./address";
import {
  ClientCollection,
  ClientObject,
  type ClientResult,
  type Exec,
  type PropGetters,
  type RequestContext,
} from "./context";
import type { ChartModel, SheetModel } from "./model";
import { ExcelEnums } from "./enums";
import { assertEditable } from "./protection";
import type { Range } from "./api-range";
import { ChartAxes, ChartLegend, ChartSeriesCollection, seriesOf, type ChartTarget } from "./api-chart-parts";

/** The common chart types; others are refused so a typo does not pass silently. */
const CHART_TYPES = new Set<string>(Object.values(ExcelEnums.ChartType));

function rectOf(x: Exec, sheet: SheetModel, where: Range | string, what: string): Rect {
  if (typeof where === "string") {
    const p = parseAddress(where);
    if (p.sheet !== null && p.sheet !== sheet.name)
      fail(ErrorCode.invalidArgument, `The ${what} is on another sheet.`, "Chart");
    return p.rect;
  }
  const t = where._require(x);
  return t.rect;
}

export class ChartTitle extends ClientObject<ChartTarget> {
  readonly _typeName = "ChartTitle";
  constructor(context: RequestContext, parent: ClientObject<ChartTarget>) {
    super(context, parent, "title", [], (x) => parent._require(x), { pathType: 4 });
  }
  protected _props(): PropGetters<ChartTarget> {
    return { text: (_x, t) => t.chart.title, visible: (_x, t) => t.chart.title !== "" };
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v, (_x, t) => {
      if (typeof v !== "string")
        fail(ErrorCode.invalidArgument, "The argument is invalid: title.", "ChartTitle.text");
      t.chart.title = v;
    });
  }
  get visible(): boolean {
    return this._get("visible");
  }
}

export class Chart extends ClientObject<ChartTarget> {
  readonly _typeName = "Chart";
  private _title?: ChartTitle;
  private _series?: ChartSeriesCollection;
  private _axes?: ChartAxes;
  private _legend?: ChartLegend;
  protected override _isAlive(t: ChartTarget): boolean {
    return t.chart.alive && t.sheet.alive;
  }
  protected _props(): PropGetters<ChartTarget> {
    return {
      id: (_x, t) => t.chart.id,
      name: (_x, t) => t.chart.name,
      chartType: (_x, t) => t.chart.type,
      top: (_x, t) => t.chart.top,
      left: (_x, t) => t.chart.left,
      width: (_x, t) => t.chart.width,
      height: (_x, t) => t.chart.height,
    };
  }
  protected override _navs(): Record<string, ClientObject<unknown>> {
    return { title: this.title, series: this.series, axes: this.axes, legend: this.legend };
  }
  get title(): ChartTitle {
    return (this._title ??= new ChartTitle(this.context, this));
  }
  get series(): ChartSeriesCollection {
    return (this._series ??= new ChartSeriesCollection(this.context, this));
  }
  get axes(): ChartAxes {
    return (this._axes ??= new ChartAxes(this.context, this));
  }
  get legend(): ChartLegend {
    return (this._legend ??= new ChartLegend(this.context, this));
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (_x, t) => {
      if (typeof v !== "string" || v === "")
        fail(ErrorCode.invalidArgument, "The argument is invalid: name.", "Chart.name");
      t.chart.name = v;
    });
  }
  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(v: string) {
    this._set("chartType", v, (_x, t) => {
      if (!CHART_TYPES.has(v))
        fail(ErrorCode.invalidArgument, `The argument is invalid: chart type '${v}'.`, "Chart.chartType");
      t.chart.type = v;
    });
  }
  private _num(name: "top" | "left" | "width" | "height", v: number): void {
    this._set(name, v, (_x, t) => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
        fail(ErrorCode.invalidArgument, `The argument is invalid: ${name}.`, `Chart.${name}`);
      t.chart[name] = v;
    });
  }
  get top(): number {
    return this._get("top");
  }
  set top(v: number) {
    this._num("top", v);
  }
  get left(): number {
    return this._get("left");
  }
  set left(v: number) {
    this._num("left", v);
  }
  get width(): number {
    return this._get("width");
  }
  set width(v: number) {
    this._num("width", v);
  }
  get height(): number {
    return this._get("height");
  }
  set height(v: number) {
    this._num("height", v);
  }
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._call("setPosition", [startCell, endCell], (x, t) => {
      const start = rectOf(x, t.sheet, startCell, "start cell");
      const end = endCell === undefined ? start : rectOf(x, t.sheet, endCell, "end cell");
      t.chart.position = { start, end };
    });
  }
  setData(sourceData: Range, seriesBy: string = "Auto"): void {
    this._call("setData", [sourceData, seriesBy], (x, t) => {
      t.chart.source = rectOf(x, t.sheet, sourceData, "source");
      t.chart.seriesBy = seriesBy;
      t.chart.series = seriesOf(t.chart.source, seriesBy);
    });
  }
  delete(): void {
    this._call("delete", [], (_x, t) => {
      assertEditable(t.sheet, null, "objects", "Chart.delete");
      t.chart.alive = false;
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

export class ChartCollection extends ClientCollection<Chart, ChartTarget> {
  readonly _typeName = "ChartCollection";
  private readonly _sheet: ClientObject<SheetModel>;
  constructor(context: RequestContext, sheet: ClientObject<SheetModel>) {
    super(context, sheet, "charts", [], (x) => sheet._require(x), { pathType: 4 });
    this._sheet = sheet;
  }
  protected override _props(): PropGetters<unknown> {
    return { count: (x) => this._list(x).length };
  }
  get count(): number {
    return this._get("count");
  }
  protected _list(x: Exec): ChartTarget[] {
    const sheet = this._sheet._require(x);
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  protected readonly _itemClass = Chart;
  add(type: string, sourceData: Range, seriesBy: string = "Auto"): Chart {
    const created = new Chart(this.context, this, "add", [type, sourceData, seriesBy], null, {
      bindable: true,
    });
    this._call("add", [type, sourceData, seriesBy], (x) => {
      const sheet = this._sheet._require(x);
      assertEditable(sheet, null, "objects", "ChartCollection.add");
      if (!CHART_TYPES.has(type))
        fail(
          ErrorCode.invalidArgument,
          `The argument is invalid: chart type '${type}'.`,
          "ChartCollection.add",
        );
      if (!Object.values(ExcelEnums.ChartSeriesBy).includes(seriesBy as never))
        fail(ErrorCode.invalidArgument, "The argument is invalid: seriesBy.", "ChartCollection.add");
      const src = sourceData._require(x);
      if (src.sheet !== sheet)
        fail(ErrorCode.invalidArgument, "The source data is on another sheet.", "ChartCollection.add");
      x.wb.counters.chart += 1;
      const chart: ChartModel = {
        id: `{CH${String(x.wb.counters.chart).padStart(6, "0")}}`,
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: { ...src.rect },
        seriesBy,
        title: "",
        position: null,
        top: 0,
        left: 0,
        width: 360,
        height: 216,
        alive: true,
        series: seriesOf(src.rect, seriesBy),
        legend: { visible: true, position: "Right" },
        categoryAxis: { reversePlotOrder: false, position: "Automatic", numberFormat: "General" },
        valueAxis: { reversePlotOrder: false, position: "Automatic", numberFormat: "General" },
      };
      sheet.charts.push(chart);
      created._bind({ sheet, chart });
    });
    return created;
  }
  protected override _find(x: Exec, name: string): ChartTarget | null {
    return this._list(x).find((c) => c.chart.name === name) ?? null;
  }
  getItem(name: string): Chart {
    return this._getItem(name, `There is no chart '${name}'.`);
  }
  getItemOrNullObject(name: string): Chart {
    return this._getItemOrNullObject(name);
  }
  getItemAt(index: number): Chart {
    return this._getItemAt(index, `No chart at index ${index}.`);
  }
  getCount(): ClientResult<number> {
    return this._getCount();
  }
}
