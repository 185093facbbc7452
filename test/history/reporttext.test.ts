// The comparison sentence as part of the report text, on twentyFour() (fixtures.ts), worked out
// by hand: 24 goals with a 2023 entry each, of which 3 got a better status in 2024, 1 a worse
// and 20 the same.
import { programReportText, summarize, summarizeWithComparison, summaryReportText } from "../../src/domain";
import { twentyFour } from "./fixtures";

describe("the report text with a year of history", () => {
  const summary = summarizeWithComparison(twentyFour());
  const [miljo, kultur] = summary.programs;

  it("ends with the comparison sentence, in Swedish and English", () => {
    expect(programReportText(miljo, "sv")).toBe(
      "Av de 24 mål som gäller för miljöprogram är det 1 som är rött, 20 gula och 3 gröna. " +
        "När det gäller utvecklingen visar trenden rakt fram för 24 mål. " +
        "Inget mål är bedömt som att det går åt fel håll. " +
        "Jämfört med 2023 har 3 mål fått en bättre bedömning, ett mål en sämre och 20 samma.",
    );
    expect(programReportText(miljo, "en")).toBe(
      "Of the 24 goals for Miljöprogram, 1 is red, 20 are yellow and 3 are green. " +
        "As for the development, the trend is flat for 24 goals. " +
        "No goal is judged to be heading in the wrong direction. " +
        "Compared with 2023, 3 goals got a better assessment, one goal a worse one and 20 the same.",
    );
  });

  it("adds nothing for a programme without an entry for the year, nor without history", () => {
    expect(programReportText(kultur, "sv")).not.toMatch(/Jämfört/);
    expect(programReportText(kultur, "en")).toBe(
      programReportText(summarize(twentyFour()).programs[1], "en"),
    );
    expect(summaryReportText(summary, "sv").match(/Jämfört med 2023/g)).toHaveLength(1);
    const bare = twentyFour();
    for (const g of bare.programs[0].areas[0].goals) delete g.history;
    expect(summaryReportText(summarizeWithComparison(bare), "en")).not.toMatch(/Compared/);
  });

  it("names the goals that cannot be compared: one, many", () => {
    const s = twentyFour();
    const goals = s.programs[0].areas[0].goals;
    goals[23].status = null; // G24: no status this year
    expect(programReportText(summarizeWithComparison(s).programs[0], "sv")).toMatch(
      / 19 samma\. Ett mål går inte att jämföra, eftersom det är nytt eller saknar status något av åren\.$/,
    );
    delete goals[22].history; // G23: new this year
    expect(programReportText(summarizeWithComparison(s).programs[0], "en")).toMatch(
      / 18 the same\. There are 2 goals that cannot be compared, as they are new or lack a status in one of the years\.$/,
    );
  });
});
