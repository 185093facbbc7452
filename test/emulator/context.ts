/**
 * The Office.js request model: proxy objects queue commands; `context.sync()` sends them as one
 * request, runs them in order against the workbook, then delivers loaded values to the proxies.
 *
 * - Object paths resolve lazily, when a command first uses them (so `getItem("Missing")` fails only
 *   at the sync that uses it). `*OrNullObject` paths resolve at their position in the queue so that
 *   `isNullObject` is known after the next sync without a load.
 * - Worksheets, tables, columns, names and conditional formats bind to the workbook object they
 *   resolved to (Excel keeps their id); ranges are re-evaluated from their path each time.
 * - A command that fails rejects the sync; the commands before it in that batch stay applied
 *   (Excel does not roll back). Loaded values are delivered only when the whole batch succeeded.
 */
import { EmulatorError, ErrorCode, fail, messages } from "./errors";
import type { WorkbookModel } from "./model";
import { type Stats, recordRequest, utf8Length, type RequestStat } from "./stats";
import type { Faults } from "./faults";
import type { FormulaValueHook } from "./cells";
import type { Application, Workbook } from "./api-workbook";

export interface Env {
  wb: WorkbookModel;
  stats: Stats;
  faults: Faults;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** A request above this many bytes fails with GeneralException, nothing applied (unset: never). */
  generalExceptionAboveBytes?: number;
  /** Highest ExcelApi requirement set the emulated host supports, e.g. "1.12". */
  apiVersion: string;
  formulaValue?: FormulaValueHook;
  /** Forgets what formulaValue worked out: called before each command, which may change cells. */
  newEvaluation?: () => void;
  /** Milliseconds each round trip waits on a timer (0: a microtask only). */
  latencyMs: number;
  /** Base of the names Excel gives new sheets ("Sheet" → Sheet2; Swedish Excel uses "Blad"). */
  sheetBaseName: string;
  /** Tables grow over values written right below them (autoexpand.ts). */
  autoExpandTables?: boolean;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Per-sync execution state. */
export class Exec {
  readonly memo = new Map<ClientObject<unknown>, unknown>();
  constructor(readonly env: Env) {}
  get wb(): WorkbookModel {
    return this.env.wb;
  }
}

// Office.js wire constants (ObjectPathType and ActionType) so the request JSON has the real shape.
const PATH_TYPE = { global: 1, method: 3, property: 4, indexer: 5 } as const;
const ACTION_TYPE = { method: 3, setProperty: 4, query: 2 } as const;

export interface Path {
  id: number;
  type: number;
  name: string;
  parent: Path | null;
  args: unknown[];
}

type ActionKind = "SetProperty" | "Method" | "Query";

export interface Command {
  kind: ActionKind;
  target: ClientObject<unknown>;
  name: string;
  args: unknown[];
  since?: string;
  run(x: Exec): void;
  /** After the whole batch succeeded: hand results to proxies. */
  deliver?(): void;
  /** What goes back over the wire for this command (measured as response bytes). */
  response?(): unknown;
}

export type LoadSpec =
  string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown>;

/** Parses the load forms Office.js accepts into a list of "a" / "a/b" paths; [] means "all scalars". */
export function parseLoadSpec(spec: LoadSpec | undefined): string[] {
  if (spec === undefined || spec === null) return [];
  const split = (s: string | string[]): string[] =>
    (Array.isArray(s) ? s : s.split(",")).map((p) => p.trim()).filter(Boolean);
  if (typeof spec === "string" || Array.isArray(spec)) return split(spec);
  const o = spec as Record<string, unknown>;
  if ("select" in o || "expand" in o) {
    const sel = o.select === undefined ? [] : split(o.select as string | string[]);
    const exp = o.expand === undefined ? [] : split(o.expand as string | string[]);
    return [...sel, ...exp.map((e) => `${e}/*`)];
  }
  // { values: true, format: { fill: { color: true } } }
  const out: string[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (v === true) out.push(prefix + k);
      else if (v && typeof v === "object") walk(v as Record<string, unknown>, `${prefix}${k}/`);
    }
  };
  walk(o, "");
  return out;
}

interface Captured {
  values: Map<string, unknown>;
  children: Map<string, Captured>;
  items?: { obj: ClientObject<unknown>; cap: Captured }[];
}

function capturedToJson(c: Captured): unknown {
  const out: Record<string, unknown> = Object.fromEntries(c.values);
  for (const [k, v] of c.children) out[k] = capturedToJson(v);
  if (c.items) out.items = c.items.map((i) => capturedToJson(i.cap));
  return out;
}

/** Method-style signature keeps ClientObject<T> assignable to ClientObject<unknown> (bivariant). */
type PropGetter<T> = { get(x: Exec, t: T): unknown }["get"];
export type PropGetters<T> = Record<string, PropGetter<T>>;

export abstract class ClientObject<T> {
  /** @internal Type name used in messages, e.g. "Range". */
  abstract readonly _typeName: string;
  readonly context: RequestContext;
  /** @internal */
  readonly _path: Path;
  private readonly _values = new Map<string, unknown>();
  private readonly _resolver: ((x: Exec) => T | null) | null;
  private readonly _bindable: boolean;
  private _bound: T | undefined;
  /** @internal */
  _isNull: boolean | undefined;

  constructor(
    context: RequestContext,
    parent: ClientObject<unknown> | null,
    pathName: string,
    pathArgs: unknown[],
    resolver: ((x: Exec) => T | null) | null,
    opts: { bindable?: boolean; nullable?: boolean; pathType?: number } = {},
  ) {
    this.context = context;
    this._path = context._newPath(
      opts.pathType ?? PATH_TYPE.method,
      pathName,
      parent?._path ?? null,
      pathArgs,
    );
    this._resolver = resolver;
    this._bindable = opts.bindable ?? false;
    // *OrNullObject: resolve at this point of the queue so isNullObject is known after the sync.
    if (opts.nullable) context._enqueuePathResolution(this);
  }

  /** Scalar properties that `load` can read. */
  protected abstract _props(): PropGetters<T>;
  /** Navigation properties (child proxies) that `load("child/prop")` can reach. */
  protected _navs(): Record<string, ClientObject<unknown>> {
    return {};
  }

  /** @internal Whether a bound workbook object still exists (deleted sheets, tables, … do not). */
  protected _isAlive(t: T): boolean {
    return (t as { alive?: boolean }).alive !== false;
  }

  /** @internal Binds a proxy created by a command (e.g. `worksheets.add`) to the object it created. */
  _bind(t: T): void {
    this._bound = t;
    // What a command created exists: isNullObject is false (Excel answers that with the sync).
    this._isNull = false;
  }

  /** @internal The workbook object this proxy stands for, or null for a null object. */
  _resolve(x: Exec): T | null {
    if (x.memo.has(this)) return x.memo.get(this) as T | null;
    let t: T | null;
    if (this._bound !== undefined) {
      if (!this._isAlive(this._bound))
        fail(ErrorCode.itemNotFound, `The requested ${this._typeName} no longer exists.`, this._typeName);
      t = this._bound;
    } else if (!this._resolver) {
      return fail(
        ErrorCode.invalidObjectPath,
        `The ${this._typeName} was never created: the request that would have created it did not run.`,
        this._typeName,
      );
    } else t = this._resolver(x);
    if (t !== null && this._bindable) this._bound = t;
    x.memo.set(this as ClientObject<unknown>, t);
    return t;
  }

  /** @internal Resolves and refuses null objects (a command on a null object is a bug in the caller). */
  _require(x: Exec): T {
    const t = this._resolve(x);
    if (t === null)
      fail(
        ErrorCode.itemNotFound,
        `The ${this._typeName} does not exist (a null object cannot take commands).`,
        this._typeName,
      );
    return t as T;
  }

  /** True when the object does not exist. Readable after a sync that used the object. */
  get isNullObject(): boolean {
    if (this._isNull === undefined)
      throw new EmulatorError(
        ErrorCode.propertyNotLoaded,
        messages.propertyNotLoaded("isNullObject"),
        this._typeName,
      );
    return this._isNull;
  }

  protected _get<V>(name: string): V {
    if (this._values.has(name)) return this._values.get(name) as V;
    if (this._isNull === true) return undefined as V;
    throw new EmulatorError(
      ErrorCode.propertyNotLoaded,
      messages.propertyNotLoaded(name),
      `${this._typeName}.${name}`,
    );
  }

  /** Queues a property set; like Office.js the proxy remembers the value it was given. */
  protected _set(name: string, value: unknown, run: (x: Exec, t: T) => void, since?: string): void {
    this._values.set(name, value);
    this.context._enqueue({
      kind: "SetProperty",
      target: this,
      name,
      args: [value],
      since,
      run: (x) => run(x, this._require(x)),
    });
  }

  protected _call(name: string, args: unknown[], run: (x: Exec, t: T) => void, since?: string): void {
    this.context._enqueue({
      kind: "Method",
      target: this,
      name,
      args,
      since,
      run: (x) => run(x, this._require(x)),
    });
  }

  /** A method returning a value (ClientResult), e.g. getCount(). */
  protected _callResult<V>(
    name: string,
    args: unknown[],
    run: (x: Exec, t: T) => V,
    since?: string,
  ): ClientResult<V> {
    const result = new ClientResult<V>();
    let value: V;
    this.context._enqueue({
      kind: "Method",
      target: this,
      name,
      args,
      since,
      run: (x) => {
        value = run(x, this._require(x));
      },
      response: () => value,
      deliver: () => result._deliver(value),
    });
    return result;
  }

  /** @internal Reads the selected properties now (at the query's place in the batch). */
  _capture(x: Exec, paths: string[]): Captured {
    const cap: Captured = { values: new Map(), children: new Map() };
    const t = this._resolve(x);
    if (t === null) return cap;
    const props = this._props();
    const navs = this._navs();
    const wanted = paths.length === 0 || paths.includes("*") ? Object.keys(props) : [];
    const childPaths = new Map<string, string[]>();
    for (const p of paths) {
      if (p === "*") continue;
      const slash = p.indexOf("/");
      const head = slash < 0 ? p : p.slice(0, slash);
      if (slash < 0 && head in props) wanted.push(head);
      else if (head in navs) {
        const list = childPaths.get(head) ?? [];
        if (slash >= 0) list.push(p.slice(slash + 1));
        childPaths.set(head, list);
      } else if (head !== "isNullObject" && head !== "items")
        fail(
          ErrorCode.invalidArgument,
          `The property '${head}' does not exist on ${this._typeName}.`,
          `${this._typeName}.load`,
        );
    }
    for (const name of wanted) cap.values.set(name, props[name](x, t));
    for (const [head, sub] of childPaths)
      cap.children.set(head, navs[head]._capture(x, sub.length ? sub : []));
    return cap;
  }

  /** @internal */
  _deliver(cap: Captured): void {
    for (const [k, v] of cap.values) this._values.set(k, v);
    const navs = cap.children.size ? this._navs() : {};
    for (const [k, c] of cap.children) navs[k]._deliver(c);
    if (cap.items) this._deliverItems(cap.items);
  }

  /** @internal Collections override this. */
  protected _deliverItems(_items: { obj: ClientObject<unknown>; cap: Captured }[]): void {}

  /** Queues loading of the given properties ("a,b", ["a","b"], {select}, or all scalars when omitted). */
  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    let cap: Captured | undefined;
    this.context._enqueue({
      kind: "Query",
      target: this,
      name: "Load",
      args: [paths],
      run: (x) => {
        cap = this._capture(x, paths);
      },
      response: () => (cap ? capturedToJson(cap) : null),
      deliver: () => cap && this._deliver(cap),
    });
    return this;
  }

  /** Sets several properties at once, recursing into navigation properties. */
  set(properties: Record<string, unknown>): void {
    const navs = this._navs();
    for (const [k, v] of Object.entries(properties)) {
      if (k in navs && v && typeof v === "object" && !Array.isArray(v))
        navs[k].set(v as Record<string, unknown>);
      else Reflect.set(this, k, v);
    }
  }

  /** The loaded properties as a plain object (what Office.js's toJSON gives). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.fromEntries(this._values);
    for (const [k, child] of Object.entries(this._navs())) {
      const j = child.toJSON();
      if (Object.keys(j).length) out[k] = j;
    }
    return out;
  }
}

/** Options of an item proxy a collection hands out. */
export interface ItemOptions {
  bindable?: boolean;
  nullable?: boolean;
}

/** The constructor of a collection's item proxies (Worksheet, Table, Chart, …). */
export type ItemClass<TItem, TModel> = new (
  context: RequestContext,
  parent: ClientObject<unknown> | null,
  pathName: string,
  pathArgs: unknown[],
  resolver: ((x: Exec) => TModel | null) | null,
  opts?: ItemOptions,
) => TItem;

/**
 * A collection proxy: `items` after load, and the lookups every Office.js collection has
 * (getItem, getItemOrNullObject, getItemAt, getCount), written once here. A collection exposes
 * the ones its Office.js counterpart has, each as a one-line method naming its own error text.
 */
export abstract class ClientCollection<
  TItem extends ClientObject<unknown>,
  TModel,
  TKey = string,
> extends ClientObject<unknown> {
  private _items: TItem[] | undefined;

  /** The items as the workbook holds them now, in Office.js order. */
  protected abstract _list(x: Exec): TModel[];
  protected abstract readonly _itemClass: ItemClass<TItem, TModel>;
  /**
   * Options of the item proxies. Bindable items stay bound to the object they first resolved to
   * (a renamed sheet is the same sheet); a table row is not, it is its position.
   */
  protected readonly _itemOptions: ItemOptions = { bindable: true };

  /** The item `key` names (its name or id), or null; collections with getItem override it. */
  protected _find(_x: Exec, _key: TKey): TModel | null {
    throw new Error(`${this._typeName} has no lookup by key`);
  }

  private _make(
    method: string,
    args: unknown[],
    resolver: ((x: Exec) => TModel | null) | null,
    opts: ItemOptions,
  ) {
    return new this._itemClass(this.context, this, method, args, resolver, opts);
  }

  /** The proxy of the index-th loaded item (Office.js's internal _GetItemAt). */
  protected _item(_model: TModel, index: number): TItem {
    return this._make("_GetItemAt", [index], null, this._itemOptions);
  }

  /** getItem: the item `key` names; ItemNotFound with `notFound` when there is none. */
  protected _getItem(key: TKey, notFound: string): TItem {
    return this._make(
      "getItem",
      [key],
      (x) => this._find(x, key) ?? fail(ErrorCode.itemNotFound, notFound, `${this._typeName}.getItem`),
      this._itemOptions,
    );
  }

  /** getItemOrNullObject: the item `key` names, or a null object. */
  protected _getItemOrNullObject(key: TKey): TItem {
    return this._make("getItemOrNullObject", [key], (x) => this._find(x, key), {
      ...this._itemOptions,
      nullable: true,
    });
  }

  /** getItemAt: the index-th item; ItemNotFound with `notFound` past the end (or not an index). */
  protected _getItemAt(index: number, notFound: string): TItem {
    return this._make(
      "getItemAt",
      [index],
      (x) => this._list(x)[index] ?? fail(ErrorCode.itemNotFound, notFound, `${this._typeName}.getItemAt`),
      this._itemOptions,
    );
  }

  /** getCount: how many items there are (`count` when only some of them count). */
  protected _getCount(
    since?: string,
    args: unknown[] = [],
    count: (x: Exec) => number = (x) => this._list(x).length,
  ): ClientResult<number> {
    return this._callResult("getCount", args, (x) => count(x), since);
  }

  protected _props(): PropGetters<unknown> {
    return {};
  }

  get items(): TItem[] {
    if (this._items === undefined)
      throw new EmulatorError(
        ErrorCode.propertyNotLoaded,
        messages.propertyNotLoaded("items"),
        `${this._typeName}.items`,
      );
    return this._items;
  }

  override _capture(x: Exec, paths: string[]): Captured {
    const cap: Captured = { values: new Map(), children: new Map(), items: [] };
    if (this._resolve(x) === null) return cap;
    // The collection's own scalars (e.g. rows.count) are loaded on it; everything else on its items.
    const own = this._props();
    const ownPaths = paths.filter((p) => p in own);
    for (const p of ownPaths) cap.values.set(p, own[p](x, undefined));
    if (ownPaths.length && ownPaths.length === paths.length) {
      delete cap.items;
      return cap;
    }
    const rest = paths.filter((p) => !(p in own));
    const itemPaths = rest
      .map((p) => (p === "items" ? "*" : p.startsWith("items/") ? p.slice(6) : p))
      .filter((p) => p !== "*");
    const all = rest.length === 0 || rest.some((p) => p === "items" || p === "*");
    cap.items = this._list(x).map((m, i) => {
      const obj = this._item(m, i);
      obj._bind(m as never);
      x.memo.set(obj, m);
      return { obj, cap: obj._capture(x, all && itemPaths.length === 0 ? [] : itemPaths) };
    });
    return cap;
  }

  protected override _deliverItems(items: { obj: ClientObject<unknown>; cap: Captured }[]): void {
    this._items = items.map((i) => {
      i.obj._deliver(i.cap);
      i.obj._isNull = false;
      return i.obj as TItem;
    });
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((i) => i.toJSON()) };
  }
}

/** OfficeExtension.ClientResult: `value` is readable after the sync. */
export class ClientResult<V> {
  private _value: V | undefined;
  private _loaded = false;
  get value(): V {
    if (!this._loaded)
      throw new EmulatorError(ErrorCode.valueNotLoaded, messages.valueNotLoaded, "ClientResult.value");
    return this._value as V;
  }
  /** @internal */
  _deliver(v: V): void {
    this._value = v;
    this._loaded = true;
  }
}

export interface RootFactory {
  (context: RequestContext): { workbook: Workbook; application: Application };
}

let rootFactory: RootFactory | null = null;

/** @internal Set by the API module, which defines Workbook (avoids an import cycle). */
export function registerRootFactory(f: RootFactory): void {
  rootFactory = f;
}

export class RequestContext {
  /** @internal */
  readonly _env: Env;
  private _queue: Command[] = [];
  private _pathIds = 0;
  /** @internal */
  readonly _root: Path;
  readonly workbook: Workbook;
  readonly application: Application;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(env: Env) {
    this._env = env;
    this._root = this._newPath(PATH_TYPE.global, "", null, []);
    if (!rootFactory) throw new Error("emulator: API not registered");
    const roots = rootFactory(this);
    this.workbook = roots.workbook;
    this.application = roots.application;
  }

  /** @internal */
  _newPath(type: number, name: string, parent: Path | null, args: unknown[]): Path {
    this._pathIds += 1;
    return { id: this._pathIds, type, name, parent: parent ?? (this._root ? this._root : null), args };
  }

  /** @internal */
  _enqueue(cmd: Command): void {
    if (cmd.target.context !== this)
      throw new EmulatorError(
        ErrorCode.invalidRequestContext,
        "Cannot use the object across different request contexts.",
        cmd.name,
      );
    for (const a of cmd.args)
      if (a instanceof ClientObject && a.context !== this)
        throw new EmulatorError(
          ErrorCode.invalidRequestContext,
          "Cannot use the object across different request contexts.",
          cmd.name,
        );
    this._queue.push(cmd);
  }

  /** @internal */
  _enqueuePathResolution(obj: ClientObject<unknown>): void {
    this._queue.push({
      kind: "Query",
      target: obj,
      name: "_Resolve",
      args: [],
      run: (x) => {
        obj._resolve(x);
      },
    });
  }

  /** Number of commands waiting for the next sync (emulator extra, handy in tests). */
  get pendingCommands(): number {
    return this._queue.length;
  }

  private _serialise(batch: Command[]): string {
    const actions: unknown[] = [];
    const paths = new Map<number, unknown>();
    const addPath = (p: Path | null): void => {
      for (let q = p; q && !paths.has(q.id); q = q.parent)
        paths.set(q.id, {
          Id: q.id,
          ObjectPathType: q.type,
          Name: q.name,
          ParentObjectPathId: q.parent?.id,
          ArgumentInfo: q.args.length ? { Arguments: q.args } : undefined,
        });
    };
    batch.forEach((c, i) => {
      addPath(c.target._path);
      const name = c.name.charAt(0).toUpperCase() + c.name.slice(1);
      if (c.kind === "Query")
        actions.push({
          Id: i + 1,
          ActionType: ACTION_TYPE.query,
          Name: "",
          ObjectPathId: c.target._path.id,
          QueryInfo: { Select: c.args[0] ?? [] },
        });
      else
        actions.push({
          Id: i + 1,
          ActionType: c.kind === "SetProperty" ? ACTION_TYPE.setProperty : ACTION_TYPE.method,
          Name: name,
          ObjectPathId: c.target._path.id,
          ArgumentInfo: { Arguments: c.args },
        });
    });
    return JSON.stringify({ Actions: actions, ObjectPaths: Object.fromEntries(paths) }, (_k, v: unknown) =>
      v instanceof ClientObject ? { ObjectPathId: v._path.id } : v,
    );
  }

  async sync<V = void>(passThroughValue?: V): Promise<V> {
    const env = this._env;
    const batch = this._queue;
    this._queue = [];
    env.stats.syncs += 1;
    const fault = env.faults.take(env.stats.syncs);
    env.faults.runEdits(env.stats.syncs);
    // A round trip is asynchronous. With latencyMs > 0 it waits on a timer (lets a UI show progress);
    // by default only a microtask, so tests with fake timers do not hang.
    if (env.latencyMs > 0) await new Promise<void>((resolve) => setTimeout(resolve, env.latencyMs));
    else await Promise.resolve();
    if (batch.length === 0 && !fault) return passThroughValue as V;
    const stat: RequestStat = {
      bytes: utf8Length(this._serialise(batch)),
      commands: batch.length,
      responseBytes: 0,
    };
    recordRequest(env.stats, stat);
    const reject = (e: EmulatorError): never => {
      stat.failed = e.code;
      throw e;
    };
    if (stat.bytes > env.maxRequestBytes)
      reject(new EmulatorError(ErrorCode.requestPayloadSizeLimitExceeded, messages.requestTooLarge));
    // Large writes reported failing with GeneralException (HTTP 500) instead: modelled as refused whole.
    if (env.generalExceptionAboveBytes !== undefined && stat.bytes > env.generalExceptionAboveBytes)
      reject(new EmulatorError(ErrorCode.generalException, "An internal error has occurred."));
    const limit =
      fault === undefined || fault.applied === "all"
        ? batch.length
        : fault.applied === "none"
          ? 0
          : Math.min(fault.applied, batch.length);
    const x = new Exec(env);
    for (let i = 0; i < limit; i++) {
      const cmd = batch[i];
      try {
        if (cmd.since && compareVersions(cmd.since, env.apiVersion) > 0)
          fail(
            ErrorCode.apiNotFound,
            `The API you are trying to use could not be found. It may be available in a newer version of Excel (ExcelApi ${cmd.since}).`,
            cmd.name,
          );
        const refused = env.faults.takeCommandFault(`${cmd.target._typeName}.${cmd.name}`);
        if (refused) fail(refused.code, refused.message, cmd.name);
        env.newEvaluation?.();
        cmd.run(x);
      } catch (e) {
        const err =
          e instanceof EmulatorError
            ? e
            : new EmulatorError(
                ErrorCode.generalException,
                `Emulator internal error: ${String(e)}`,
                cmd.name,
              );
        err.debugInfo.commandIndex = i;
        if (!err.debugInfo.errorLocation) err.debugInfo.errorLocation = `${cmd.target._typeName}.${cmd.name}`;
        reject(err);
      }
    }
    if (fault) reject(new EmulatorError(fault.code, fault.message));
    const responses = batch
      .map((c) => (c.response ? c.response() : undefined))
      .filter((r) => r !== undefined);
    stat.responseBytes = responses.length ? utf8Length(JSON.stringify(responses)) : 0;
    env.stats.maxResponseBytes = Math.max(env.stats.maxResponseBytes, stat.responseBytes);
    if (stat.responseBytes > env.maxResponseBytes)
      reject(new EmulatorError(ErrorCode.responsePayloadSizeLimitExceeded, messages.responseTooLarge));
    for (const c of batch) c.deliver?.();
    for (const [obj, t] of x.memo) obj._isNull = t === null;
    return passThroughValue as V;
  }
}
