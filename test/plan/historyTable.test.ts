// Rows appended to the history table: which rows at its end a write may fill again. Only blank
// rows and what a cut-short write leaves (a year, a status, a trend, no goal ID) are reused; a row
// with anything else in it is somebody's, and the new rows go below it.
import { appendTo } from "../../src/plan/historyTable";
import type { TableRead } from "../../src/plan/ownership";

const HEADER = ["År", "Mål-ID", "Status", "Trend", "Kommentar och analys", "Egen kolumn"];

function history(body: string[][]): TableRead {
  return {
    sheet: "Historik",
    topLeft: "A4",
    header: HEADER,
    body,
    range: `A4:F${4 + body.length}`,
    sheetProtected: false,
    bodyAddress: `A5:F${4 + body.length}`,
  };
}

const NEW_ROW = [2024, "M-9", "Grön", "Uppåt", "", ""];
const KEPT = ["2023", "M-1", "Röd", "Nedåt", "", ""];

describe("appendTo", () => {
  it("fills blank rows and what a cut-short write left, first", () => {
    const h = history([KEPT, ["2024", "", "Grön", "Uppåt", "", ""], ["", "", "", "", "", ""]]);
    const a = appendTo(h, [NEW_ROW, NEW_ROW, NEW_ROW], new Set(["2024"]));
    expect(a).toMatchObject({ row: 6, add: 1 });
  });

  it("never fills a row that holds a comment or a user column's value", () => {
    for (const held of [
      ["2024", "", "Grön", "", "Min anteckning", ""],
      ["2024", "", "", "", "", "egen text"],
    ]) {
      const a = appendTo(history([KEPT, held]), [NEW_ROW], new Set(["2024"]));
      expect(a).toMatchObject({ row: 7, add: 1 });
    }
  });
});
