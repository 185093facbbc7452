/**
 * The parts of an Excel.Chart an adapter sets after adding it: its series (values, category
 * values, name, fill, outline, data labels, gap and overlap), the category and value axes and the
 * legend. Each setter checks its argument as Excel does (a colour must be a colour, a weight a
 * finite number) and carries the ExcelApi version that brought it, so that a host below it refuses.
 * Nothing is drawn; the saved workbook (save.ts) writes the charts as the model holds them.
 */
import { ErrorCode, fail } from "./errors";
import {
  ClientCollection,
  ClientObject,
  type ClientResult,
  type Exec,
  type PropGetters,
  type RequestContext,
} from "./context";
import type { ChartModel, ChartSeriesModel, SheetModel } from "./model";
import type { Range } from "./api-range";

export interface ChartTarget {
  sheet: SheetModel;
  chart: ChartModel;
}

interface SeriesTarget extends ChartTarget {
  series: ChartSeriesModel;
}

/** A new series as Excel starts it: no fill of its own, no labels, the default gap. */
export function newSeries(name: string, values: ChartSeriesModel["values"]): ChartSeriesModel {
  return {
    name,
    values,
    xValues: null,
    fill: null,
    line: { color: null, weight: null },
    hasDataLabels: false,
    labels: { showValue: false, numberFormat: "General", position: "BestFit" },
    gapWidth: 150,
    overlap: 0,
  };
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;
const LABEL_POSITIONS = ["None", "Center", "InsideEnd", "InsideBase", "OutsideEnd", "BestFit"];
const AXIS_POSITIONS = ["Automatic", "Maximum", "Minimum", "Custom"];
const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner"];

function check(ok: boolean, what: string, where: string): void {
  if (!ok) fail(ErrorCode.invalidArgument, `The argument is invalid: ${what}.`, where);
}

function rangeOn(x: Exec, sheet: SheetModel, r: Range, where: string) {
  const t = r._require(x);
  if (t.sheet !== sheet) fail(ErrorCode.invalidArgument, "The source data is on another sheet.", where);
  return { ...t.rect };
}

/** A chart part whose model is an object the chart holds (an axis, the legend, a series' labels). */
abstract class Part<T, M> extends ClientObject<T> {
  protected abstract _model(t: T): M;
  protected _prop<K extends keyof M & string>(
    name: K,
    v: M[K],
    valid: boolean,
    since: string,
    apply: (m: M) => void = (m) => (m[name] = v),
  ): void {
    this._set(
      name,
      v,
      (_x, t) => {
        check(valid, name, `${this._typeName}.${name}`);
        apply(this._model(t));
      },
      since,
    );
  }
}

export class ChartDataLabels extends Part<SeriesTarget, ChartSeriesModel["labels"]> {
  readonly _typeName = "ChartDataLabels";
  constructor(context: RequestContext, parent: ChartSeries) {
    super(context, parent, "dataLabels", [], (x) => parent._require(x), { pathType: 4 });
  }
  protected _model(t: SeriesTarget) {
    return t.series.labels;
  }
  protected _props(): PropGetters<SeriesTarget> {
    return {
      showValue: (_x, t) => t.series.labels.showValue,
      numberFormat: (_x, t) => t.series.labels.numberFormat,
      position: (_x, t) => t.series.labels.position,
    };
  }
  get showValue(): boolean {
    return this._get("showValue");
  }
  set showValue(v: boolean) {
    this._prop("showValue", v, typeof v === "boolean", "1.8");
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(v: string) {
    this._prop("numberFormat", v, typeof v === "string" && v !== "", "1.8");
  }
  get position(): string {
    return this._get("position");
  }
  set position(v: string) {
    this._prop("position", v, LABEL_POSITIONS.includes(v), "1.8");
  }
}

class ChartFill extends Part<SeriesTarget, ChartSeriesModel> {
  readonly _typeName = "ChartFill";
  constructor(context: RequestContext, parent: ClientObject<SeriesTarget>) {
    super(context, parent, "fill", [], (x) => parent._require(x), { pathType: 4 });
  }
  protected _model(t: SeriesTarget) {
    return t.series;
  }
  protected _props(): PropGetters<SeriesTarget> {
    return {};
  }
  setSolidColor(color: string): void {
    this._call("setSolidColor", [color], (_x, t) => {
      check(typeof color === "string" && COLOR.test(color), "color", "ChartFill.setSolidColor");
      t.series.fill = color.toUpperCase();
    });
  }
}

class ChartLineFormat extends Part<SeriesTarget, ChartSeriesModel["line"]> {
  readonly _typeName = "ChartLineFormat";
  constructor(context: RequestContext, parent: ClientObject<SeriesTarget>) {
    super(context, parent, "line", [], (x) => parent._require(x), { pathType: 4 });
  }
  protected _model(t: SeriesTarget) {
    return t.series.line;
  }
  protected _props(): PropGetters<SeriesTarget> {
    return { color: (_x, t) => t.series.line.color, weight: (_x, t) => t.series.line.weight };
  }
  get color(): string | null {
    return this._get("color");
  }
  set color(v: string | null) {
    this._prop(
      "color",
      v,
      typeof v === "string" && COLOR.test(v),
      "1.7",
      (m) => (m.color = String(v).toUpperCase()),
    );
  }
  get weight(): number | null {
    return this._get("weight");
  }
  set weight(v: number | null) {
    this._prop("weight", v, typeof v === "number" && Number.isFinite(v) && v >= 0, "1.7");
  }
}

class ChartSeriesFormat extends ClientObject<SeriesTarget> {
  readonly _typeName = "ChartSeriesFormat";
  readonly fill: ChartFill;
  readonly line: ChartLineFormat;
  constructor(context: RequestContext, parent: ChartSeries) {
    super(context, parent, "format", [], (x) => parent._require(x), { pathType: 4 });
    this.fill = new ChartFill(context, this);
    this.line = new ChartLineFormat(context, this);
  }
  protected _props(): PropGetters<SeriesTarget> {
    return {};
  }
  protected override _navs(): Record<string, ClientObject<unknown>> {
    return { line: this.line };
  }
}

export class ChartSeries extends Part<SeriesTarget, ChartSeriesModel> {
  readonly _typeName = "ChartSeries";
  private _format?: ChartSeriesFormat;
  private _labels?: ChartDataLabels;
  protected override _isAlive(t: SeriesTarget): boolean {
    return t.chart.alive && t.chart.series.includes(t.series);
  }
  protected _model(t: SeriesTarget) {
    return t.series;
  }
  protected _props(): PropGetters<SeriesTarget> {
    return {
      name: (_x, t) => t.series.name,
      hasDataLabels: (_x, t) => t.series.hasDataLabels,
      gapWidth: (_x, t) => t.series.gapWidth,
      overlap: (_x, t) => t.series.overlap,
    };
  }
  protected override _navs(): Record<string, ClientObject<unknown>> {
    return { format: this.format, dataLabels: this.dataLabels };
  }
  get format(): ChartSeriesFormat {
    return (this._format ??= new ChartSeriesFormat(this.context, this));
  }
  get dataLabels(): ChartDataLabels {
    return (this._labels ??= new ChartDataLabels(this.context, this));
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._prop("name", v, typeof v === "string", "1.1");
  }
  get hasDataLabels(): boolean {
    return this._get("hasDataLabels");
  }
  set hasDataLabels(v: boolean) {
    this._prop("hasDataLabels", v, typeof v === "boolean", "1.7");
  }
  get gapWidth(): number {
    return this._get("gapWidth");
  }
  set gapWidth(v: number) {
    this._prop("gapWidth", v, Number.isInteger(v) && v >= 0 && v <= 500, "1.7");
  }
  get overlap(): number {
    return this._get("overlap");
  }
  set overlap(v: number) {
    this._prop("overlap", v, Number.isInteger(v) && v >= -100 && v <= 100, "1.8");
  }
  setValues(source: Range): void {
    this._call(
      "setValues",
      [source],
      (x, t) => (t.series.values = rangeOn(x, t.sheet, source, "ChartSeries.setValues")),
      "1.7",
    );
  }
  setXAxisValues(source: Range): void {
    this._call(
      "setXAxisValues",
      [source],
      (x, t) => (t.series.xValues = rangeOn(x, t.sheet, source, "ChartSeries.setXAxisValues")),
      "1.7",
    );
  }
}

export class ChartSeriesCollection extends ClientCollection<ChartSeries, SeriesTarget, number> {
  readonly _typeName = "ChartSeriesCollection";
  private readonly _chart: ClientObject<ChartTarget>;
  constructor(context: RequestContext, chart: ClientObject<ChartTarget>) {
    super(context, chart, "series", [], (x) => chart._require(x), { pathType: 4 });
    this._chart = chart;
  }
  protected readonly _itemClass = ChartSeries;
  protected override _props(): PropGetters<unknown> {
    return { count: (x) => this._list(x).length };
  }
  get count(): number {
    return this._get("count");
  }
  protected _list(x: Exec): SeriesTarget[] {
    const t = this._chart._require(x);
    return t.chart.series.map((series) => ({ ...t, series }));
  }
  getItemAt(index: number): ChartSeries {
    return this._getItemAt(index, `No series at index ${index}.`);
  }
  getCount(): ClientResult<number> {
    return this._getCount();
  }
  add(name?: string): ChartSeries {
    const created = new ChartSeries(this.context, this, "add", [name], null, { bindable: true });
    this._call(
      "add",
      [name],
      (x) => {
        const t = this._chart._require(x);
        check(name === undefined || typeof name === "string", "name", "ChartSeriesCollection.add");
        const series = newSeries(name ?? `Series${t.chart.series.length + 1}`, null);
        t.chart.series.push(series);
        created._bind({ ...t, series });
      },
      "1.7",
    );
    return created;
  }
}

export class ChartAxis extends Part<ChartTarget, ChartModel["categoryAxis"]> {
  readonly _typeName = "ChartAxis";
  constructor(
    context: RequestContext,
    parent: ClientObject<ChartTarget>,
    private readonly _which: "categoryAxis" | "valueAxis",
  ) {
    super(context, parent, _which, [], (x) => parent._require(x), { pathType: 4 });
  }
  protected _model(t: ChartTarget) {
    return t.chart[this._which];
  }
  protected _props(): PropGetters<ChartTarget> {
    return {
      reversePlotOrder: (_x, t) => this._model(t).reversePlotOrder,
      position: (_x, t) => this._model(t).position,
      numberFormat: (_x, t) => this._model(t).numberFormat,
    };
  }
  get reversePlotOrder(): boolean {
    return this._get("reversePlotOrder");
  }
  set reversePlotOrder(v: boolean) {
    this._prop("reversePlotOrder", v, typeof v === "boolean", "1.7");
  }
  get position(): string {
    return this._get("position");
  }
  set position(v: string) {
    this._prop("position", v, AXIS_POSITIONS.includes(v), "1.8");
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(v: string) {
    this._prop("numberFormat", v, typeof v === "string", "1.8");
  }
}

export class ChartAxes extends ClientObject<ChartTarget> {
  readonly _typeName = "ChartAxes";
  readonly categoryAxis: ChartAxis;
  readonly valueAxis: ChartAxis;
  constructor(context: RequestContext, parent: ClientObject<ChartTarget>) {
    super(context, parent, "axes", [], (x) => parent._require(x), { pathType: 4 });
    this.categoryAxis = new ChartAxis(context, this, "categoryAxis");
    this.valueAxis = new ChartAxis(context, this, "valueAxis");
  }
  protected _props(): PropGetters<ChartTarget> {
    return {};
  }
  protected override _navs(): Record<string, ClientObject<unknown>> {
    return { categoryAxis: this.categoryAxis, valueAxis: this.valueAxis };
  }
}

export class ChartLegend extends Part<ChartTarget, ChartModel["legend"]> {
  readonly _typeName = "ChartLegend";
  constructor(context: RequestContext, parent: ClientObject<ChartTarget>) {
    super(context, parent, "legend", [], (x) => parent._require(x), { pathType: 4 });
  }
  protected _model(t: ChartTarget) {
    return t.chart.legend;
  }
  protected _props(): PropGetters<ChartTarget> {
    return { visible: (_x, t) => t.chart.legend.visible, position: (_x, t) => t.chart.legend.position };
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._prop("visible", v, typeof v === "boolean", "1.1");
  }
  get position(): string {
    return this._get("position");
  }
  set position(v: string) {
    this._prop("position", v, LEGEND_POSITIONS.includes(v), "1.1");
  }
}

/**
 * The series of a new chart's source: one per column (or row). Excel also takes a text first row
 * or column for names and categories; the emulator does not guess, so a test that relied on the
 * guess would pass here and not in Excel. The add-in sets every series explicitly.
 */
export function seriesOf(source: ChartModel["source"], seriesBy: string): ChartSeriesModel[] {
  const out: ChartSeriesModel[] = [];
  if (seriesBy === "Rows")
    for (let r = source.r0; r <= source.r1; r++)
      out.push(newSeries(`Series${out.length + 1}`, { ...source, r0: r, r1: r }));
  else
    for (let c = source.c0; c <= source.c1; c++)
      out.push(newSeries(`Series${out.length + 1}`, { ...source, c0: c, c1: c }));
  return out;
}
