// Rows mostly repeat a few cell texts (programmes, areas, statuses, Agenda 2030 lists): what a
// cell's text parses to is computed once per distinct text.

/**
 * `parse` of each distinct cell text, computed once. Rows repeat a cell's text in runs (a whole
 * målområde is often "Grön"), so the previous row's text is compared before the memo is asked.
 */
export function memoised<T>(parse: (cell: string) => T): (cell: string) => T {
  const memo = new Map<string, T>();
  let lastCell: string | undefined;
  let lastHit: T | undefined;
  return (cell) => {
    if (cell === lastCell) return lastHit as T;
    let hit = memo.get(cell);
    if (hit === undefined) {
      hit = parse(cell);
      memo.set(cell, hit);
    }
    lastCell = cell;
    lastHit = hit;
    return hit;
  };
}
