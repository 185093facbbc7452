// A message naming JSON paths ($.programs[0].areas[1].goals[3].status) as the schema check writes
// them. A path has no spaces, so a narrow pane used to break it anywhere, even inside "areas" or
// "[12]"; here each path is code that may break only between its keys, the index staying with its
// key (".areas[1]"), and only a single key wider than the pane is broken inside.
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

// The path forms src/domain/structure.ts (jsonPath) writes: .key, [3] and ["odd key"]. A lone "$"
// (the whole file) counts only at the start of a message, before its colon.
const PATH = /\$(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])+|^\$(?=:)/g;
// A unit to keep whole: a key with the indexes that follow it.
const UNIT = /(?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])(?:\[\d+\])*|\[\d+\]/g;

const useStyles = makeStyles({
  path: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: "0.95em",
    overflowWrap: "anywhere",
  },
});

/** The path's units: "$.programs[0].areas[1]" → ["$", ".programs[0]", ".areas[1]"]. */
export function pathUnits(path: string): string[] {
  const rest = path.slice(1);
  const units = rest.match(UNIT) ?? [];
  // "$[0]": an index straight after the root stays with it.
  const first = units[0];
  if (first !== undefined && /^\[\d+\]/.test(first)) return [`$${first}`, ...units.slice(1)];
  return ["$", ...units];
}

/** Splits `text` into plain text and the JSON paths in it, in order. */
export function splitPaths(text: string): { text: string; path: boolean }[] {
  const parts: { text: string; path: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(PATH)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at), path: false });
    parts.push({ text: m[0], path: true });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), path: false });
  return parts;
}

export function JsonPathText({ text }: { text: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      {splitPaths(text).map((part, i) =>
        part.path ? (
          <code key={i} className={styles.path} data-json-path="">
            {pathUnits(part.text).map((unit, j) => (
              <React.Fragment key={j}>
                {j > 0 && <wbr />}
                <span data-path-unit="">{unit}</span>
              </React.Fragment>
            ))}
          </code>
        ) : (
          <React.Fragment key={i}>{part.text}</React.Fragment>
        ),
      )}
    </>
  );
}
