// The first look of every command: names only (sheets, tables, defined names, the add-in's
// markers) and whether the workbook's structure is protected, so that the read after it touches
// only objects that exist (a command queued on a null object fails the whole request).
import { MARKER, ROLES, sameName, type Probe } from "../plan/ownership";

/** "='Min flik'!$A$1" → "Min flik"; "=#REF!$A$1" → null. */
export function sheetOfReference(formula: string): string | null {
  const f = formula.replace(/^=/, "");
  const bang = f.lastIndexOf("!");
  if (bang <= 0) return null;
  const raw = f.slice(0, bang);
  if (raw.startsWith("'") && raw.endsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  if (raw.includes("#REF")) return null;
  return raw;
}

/** Queues the probe; call the returned function after the sync. */
export function queueProbe(context: Excel.RequestContext): () => Probe {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  const protection = context.workbook.protection;
  protection.load("protected");
  const markers = ROLES.map((role) => {
    const item = context.workbook.names.getItemOrNullObject(MARKER[role]);
    item.load("formula");
    return { role, item };
  });
  return () => {
    const sheetList = sheets.items.map((s) => ({ name: s.name, visibility: s.visibility as string }));
    const out: Probe = {
      sheets: sheetList,
      tables: new Set(tables.items.map((tb) => tb.name.toLocaleUpperCase("sv"))),
      names: names.items.map((n) => n.name),
      markers: { goals: null, summary: null, history: null, structure: null, indicators: null },
      markerExists: { goals: false, summary: false, history: false, structure: false, indicators: false },
      structureProtected: protection.protected,
    };
    for (const { role, item } of markers) {
      if (item.isNullObject) continue;
      out.markerExists[role] = true;
      const sheet = sheetOfReference(item.formula);
      const found = sheet === null ? undefined : sheetList.find((s) => sameName(s.name, sheet));
      out.markers[role] = found ? found.name : null;
    }
    return out;
  };
}

/** A table's column names and body rows, as the probe's sync found them (upper-cased name). */
export interface TableShape {
  columns: string[];
  rows: number;
}

/**
 * Queues, with the probe, each table's column names and row count: enough for the read to load
 * only the columns a command needs and to size its first answer, in the probe's own request.
 */
export function queueTableShapes(context: Excel.RequestContext): () => Map<string, TableShape> {
  const tables = context.workbook.tables;
  tables.load("items/name,items/columns/items/name,items/rows/count");
  return () =>
    new Map(
      tables.items.map((tb) => [
        tb.name.toLocaleUpperCase("sv"),
        { columns: tb.columns.items.map((c) => c.name), rows: tb.rows.count },
      ]),
    );
}
