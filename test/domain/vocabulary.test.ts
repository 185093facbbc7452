import fc from "fast-check";
import {
  acceptedStatusWords,
  acceptedTrendWords,
  LANGS,
  normaliseWord,
  parseStatus,
  parseTrend,
  STATUSES,
  statusLabel,
  statusLabels,
  TRENDS,
  trendLabel,
  trendLabels,
} from "../../src/domain";
import type { Lang, Status, Trend } from "../../src/domain";

describe("labels", () => {
  it("are Swedish and English, in STATUSES / TRENDS order", () => {
    expect(statusLabels("sv")).toEqual(["Röd", "Gul", "Grön"]);
    expect(statusLabels("en")).toEqual(["Red", "Yellow", "Green"]);
    expect(trendLabels("sv")).toEqual(["Uppåt", "Oförändrad", "Nedåt"]);
    expect(trendLabels("en")).toEqual(["Up", "Flat", "Down"]);
  });
});

describe("parseStatus", () => {
  it.each<[string, Status]>([
    ["Röd", "red"],
    ["röd", "red"],
    ["RÖD", "red"],
    ["rod", "red"],
    ["rött", "red"],
    ["Red", "red"],
    ["R", "red"],
    ["rd", "red"],
    ["Gul", "yellow"],
    ["gult", "yellow"],
    ["yellow", "yellow"],
    ["Amber", "yellow"],
    ["y", "yellow"],
    ["Grön", "green"],
    [" grön ", "green"],
    ["grön.", "green"],
    ["Grön...", "green"],
    ["gron", "green"],
    ["GRÖNT", "green"],
    ["green", "green"],
    ["\u00a0Gul\u00a0", "yellow"],
    ["\u2003röd\u202f", "red"],
    ["gro\u0308n", "green"], // decomposed ö (as macOS may paste it)
    ["g\u200bul", "yellow"], // zero-width space inside
    ["🟢", "green"],
    ["🔴\ufe0f", "red"],
  ])("reads %j as %s", (input, expected) => {
    const p = parseStatus(input);
    expect(p.ok).toBe(true);
    expect(p.value).toBe(expected);
    expect(p.canonical).toBe(statusLabel(expected, "sv"));
    expect(p.input).toBe(input);
  });

  it.each<[string, Lang, boolean, string]>([
    ["Röd", "sv", false, "Röd"],
    ["Röd", "en", true, "Red"],
    ["Red", "en", false, "Red"],
    ["Red", "sv", true, "Röd"],
    [" grön", "sv", true, "Grön"],
    ["grön", "sv", true, "Grön"],
  ])("%j in %s: normalised=%s, canonical %j", (input, lang, normalised, canonical) => {
    const p = parseStatus(input, lang);
    expect(p.normalised).toBe(normalised);
    expect(p.canonical).toBe(canonical);
  });

  it.each<[unknown]>([[""], ["   "], ["\u00a0"], ["\t\n"], [null], [undefined]])(
    "reads blank %j as not assessed",
    (input) => {
      expect(parseStatus(input)).toEqual({
        value: null,
        ok: true,
        normalised: false,
        input: typeof input === "string" ? input : "",
        canonical: typeof input === "string" ? input : "",
      });
    },
  );

  it("reports G as ambiguous (grön or gul) instead of guessing", () => {
    for (const input of ["G", "g", " g. "]) {
      const p = parseStatus(input);
      expect(p).toMatchObject({ value: null, ok: false, ambiguous: ["green", "yellow"] });
    }
  });

  it("marks words for 'not assessed' so the fix can be an empty cell", () => {
    for (const input of ["Ej bedömd", "not assessed", "N/A"]) {
      expect(parseStatus(input)).toMatchObject({ value: null, ok: false, notAssessed: true });
    }
  });

  it.each<[unknown]>([["blå"], ["röd/gul"], ["..."], ["+"], [42], [{}], [[]], [true]])(
    "does not recognise %j",
    (input) => {
      const p = parseStatus(input);
      expect(p.ok).toBe(false);
      expect(p.value).toBeNull();
      expect(p.canonical).toBe(p.input);
    },
  );
});

describe("parseTrend", () => {
  it.each<[string, Trend]>([
    ["Uppåt", "up"],
    ["upp", "up"],
    ["UPPÅT", "up"],
    ["uppat", "up"],
    ["positiv", "up"],
    ["Up", "up"],
    ["increasing", "up"],
    ["↑", "up"],
    ["⬆", "up"],
    ["⬆️", "up"],
    ["+", "up"],
    [" + ", "up"],
    ["Oförändrad", "flat"],
    ["oförändrat", "flat"],
    ["rakt fram", "flat"],
    ["Rakt  fram", "flat"],
    ["rakt\u00a0fram", "flat"],
    ["flat", "flat"],
    ["unchanged", "flat"],
    ["neutral", "flat"],
    ["→", "flat"],
    ["=", "flat"],
    ["Nedåt", "down"],
    ["ned", "down"],
    ["negativ", "down"],
    ["down", "down"],
    ["↓", "down"],
    ["⬇", "down"],
    ["-", "down"],
    ["−", "down"], // minus sign
  ])("reads %j as %s", (input, expected) => {
    const p = parseTrend(input);
    expect(p.ok).toBe(true);
    expect(p.value).toBe(expected);
  });

  it("returns the label for symbols, never the symbol (so '=' is never written back into a cell)", () => {
    expect(parseTrend("=").canonical).toBe("Oförändrad");
    expect(parseTrend("+", "en").canonical).toBe("Up");
    expect(parseTrend("-").canonical).toBe("Nedåt");
    expect(parseTrend("=").normalised).toBe(true);
  });

  it("does not read the en dash as 'down' (it usually means 'nothing' in Swedish tables)", () => {
    expect(parseTrend("–")).toMatchObject({ ok: false, value: null });
  });

  it.each([["sidled"], ["upp och ned"], ["röd"]])("does not recognise %j", (input) => {
    expect(parseTrend(input)).toMatchObject({ ok: false, value: null, canonical: input });
  });
});

describe("vocabulary properties", () => {
  const langArb = fc.constantFrom<Lang>(...LANGS);
  const spaceArb = fc
    .array(fc.constantFrom(" ", "\u00a0", "\t", "\u2003", "\u202f", "\u3000"), { maxLength: 3 })
    .map((a) => a.join(""));

  it("round-trips every label: parse(label) is the value, normalised only across languages", () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATUSES), langArb, langArb, (s, written, lang) => {
        const p = parseStatus(statusLabel(s, written), lang);
        expect(p.value).toBe(s);
        expect(p.ok).toBe(true);
        expect(p.canonical).toBe(statusLabel(s, lang));
        expect(p.normalised).toBe(statusLabel(s, written) !== statusLabel(s, lang));
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...TRENDS), langArb, langArb, (tr, written, lang) => {
        const p = parseTrend(trendLabel(tr, written), lang);
        expect(p.value).toBe(tr);
        expect(p.canonical).toBe(trendLabel(tr, lang));
        expect(p.normalised).toBe(trendLabel(tr, written) !== trendLabel(tr, lang));
      }),
    );
  });

  const variants = <T extends string>(words: Record<T, string[]>) =>
    fc
      .constantFrom(
        ...(Object.entries(words) as [T, string[]][]).flatMap(([v, ws]) => ws.map((w) => [v, w] as const)),
      )
      .chain(([value, word]) =>
        fc
          .record({
            cased: fc.mixedCase(fc.constant(word)),
            before: spaceArb,
            after: spaceArb,
            inner: spaceArb.filter((s) => s !== ""),
            dots: fc.constantFrom("", ".", ".."),
          })
          .map(({ cased, before, after, inner, dots }) => ({
            value,
            input: before + cased.split(" ").join(inner) + dots + after,
          })),
      );

  it("reads any case/space/trailing-dot variant of an accepted status word as that status", () => {
    fc.assert(
      fc.property(variants(acceptedStatusWords()), langArb, ({ value, input }, lang) => {
        const p = parseStatus(input, lang);
        expect(p.value).toBe(value);
        expect(p.canonical).toBe(statusLabel(value, lang));
      }),
    );
  });

  it("reads any case/space/trailing-dot variant of an accepted trend word as that trend", () => {
    fc.assert(
      fc.property(variants(acceptedTrendWords()), langArb, ({ value, input }, lang) => {
        const p = parseTrend(input, lang);
        expect(p.value).toBe(value);
        expect(p.canonical).toBe(trendLabel(value, lang));
      }),
    );
  });

  it("never throws on junk and keeps its invariants", () => {
    const junk = fc.oneof(fc.anything(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));
    fc.assert(
      fc.property(junk, langArb, (input, lang) => {
        for (const p of [parseStatus(input, lang), parseTrend(input, lang)]) {
          expect(typeof p.input).toBe("string");
          if (!p.ok) expect(p.value).toBeNull();
          if (p.value === null) expect(p.canonical).toBe(p.input);
          if (p.value === null && p.ok) expect(normaliseWord(p.input)).toBe("");
        }
        const s = parseStatus(input, lang);
        if (s.value !== null) expect(s.canonical).toBe(statusLabel(s.value, lang));
        const tr = parseTrend(input, lang);
        if (tr.value !== null) expect(tr.canonical).toBe(trendLabel(tr.value, lang));
      }),
      { numRuns: 500 },
    );
  });

  it("shares no word between status and trend, so a trend typed in the status column is flagged", () => {
    const trendWords = new Set(Object.values(acceptedTrendWords()).flat());
    for (const word of Object.values(acceptedStatusWords()).flat()) {
      expect(trendWords.has(word)).toBe(false);
      expect(parseTrend(word).ok).toBe(false);
    }
  });
});
