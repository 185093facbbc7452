// Cell texts an official could paste into a status or trend cell: accepted words (and the
// ambiguous and not-assessed ones) in random case, decomposed letters, whitespace runs of every
// kind the parser knows, invisible characters, trailing dots, wildcard characters and junk.
// Shared by the emulator property test and the LibreOffice test of the vocabulary formula.
import fc from "fast-check";
import {
  FORMULA_FOLDS,
  INVISIBLE_CHARS,
  WHITESPACE_CHARS,
  acceptedStatusWords,
  acceptedTrendWords,
} from "../../src/domain";

const WORDS = [
  ...Object.values(acceptedStatusWords()).flat(),
  ...Object.values(acceptedTrendWords()).flat(),
  "g",
  "ej bedömd",
  "n/a",
  "trend saknas",
  "–",
];

const caseArb = (w: string): fc.Arbitrary<string> =>
  fc
    .array(fc.boolean(), { minLength: w.length, maxLength: w.length })
    .map((up) => [...w].map((ch, i) => (up[i] ? ch.toUpperCase() : ch)).join(""));

/** Composed letters written decomposed (and the Kelvin / Ångström signs), at random. */
const decomposeArb = (w: string): fc.Arbitrary<string> =>
  fc.boolean().map((yes) => {
    if (!yes) return w;
    let out = w;
    for (const [from, to] of FORMULA_FOLDS) {
      out = out.split(to).join(from).split(to.toUpperCase()).join(from.toUpperCase());
    }
    return out;
  });

const spaceArb = fc
  .array(fc.constantFrom(...WHITESPACE_CHARS, " ", " ", "\u00A0", "\t"), { minLength: 1, maxLength: 3 })
  .map((a) => a.join(""));
const invisibleArb = fc.constantFrom(...INVISIBLE_CHARS, "\uFEFF");
const junkArb = fc.oneof(
  fc.constantFrom("*", "?", "~", "~*", "r*", "gr?n", "*d", ".", "..", "=", "+1", "'", '"', "1", "x"),
  fc.string({ maxLength: 3 }),
);

/** One word, possibly decorated. */
const wordArb: fc.Arbitrary<string> = fc
  .constantFrom(...WORDS)
  .chain((w) => decomposeArb(w))
  .chain((w) => caseArb(w));

/** Inserts `piece` somewhere into `s`. */
const insertArb = (s: string, piece: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(fc.nat(s.length), piece).map(([i, p]) => s.slice(0, i) + p + s.slice(i));

export const cellTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: wordArb },
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        wordArb,
        fc.option(spaceArb, { nil: "" }),
        fc.option(spaceArb, { nil: "" }),
        fc.constantFrom("", "", ".", "..", "...", " .", ". .", " . . ."),
      )
      .map(([w, before, after, dots]) => before + w + after + dots)
      .chain((s) => fc.oneof(fc.constant(s), insertArb(s, invisibleArb), insertArb(s, spaceArb))),
  },
  { weight: 3, arbitrary: wordArb.chain((w) => insertArb(w, junkArb)) },
  { weight: 2, arbitrary: junkArb },
  { weight: 1, arbitrary: fc.oneof(spaceArb, invisibleArb, fc.constant("")) },
);
