// Finds where a JSON text stops being valid JSON. Used only after JSON.parse has failed, to
// give a line and column in the user's language: engines word (and locate) their JSON errors
// differently, and some (V8's "Unexpected token 'x', … is not valid JSON") give no position.

export interface JsonSyntaxProblem {
  /** Offset (UTF-16 code units) of the first character that cannot be there; text.length at the end. */
  offset: number;
  /** True when the text ends in the middle of a value. */
  atEnd: boolean;
  line: number;
  column: number;
}

const HEX_DIGIT = /^[0-9a-fA-F]$/;

class Stop {
  constructor(readonly offset: number) {}
}

/** Returns the first syntax problem of `text`, or null when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let i = 0;
  const n = text.length;
  const fail = (): never => {
    throw new Stop(i);
  };
  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const literal = (word: string): void => {
    for (let k = 0; k < word.length; k++) {
      if (text[i] !== word[k]) fail();
      i++;
    }
  };
  const digits = (): void => {
    const start = i;
    while (i < n && text[i] >= "0" && text[i] <= "9") i++;
    if (i === start) fail();
  };
  const number = (): void => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else digits();
    if (text[i] === ".") {
      i++;
      digits();
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      digits();
    }
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail();
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === "u") {
          for (let k = 1; k <= 4; k++) if (!HEX_DIGIT.test(text[i + k] ?? "")) throw new Stop(i + k);
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else fail();
      } else i++;
    }
  };
  const member = (): void => {
    ws();
    if (text[i] !== '"') fail();
    string();
    ws();
    if (text[i] !== ":") fail();
    i++;
  };
  // Iterative over containers so a deeply nested file cannot overflow the stack.
  const stack: ("{" | "[")[] = [];
  try {
    let expectValue = true;
    for (;;) {
      ws();
      const c = text[i];
      if (expectValue) {
        if (c === "{" || c === "[") {
          stack.push(c);
          i++;
          ws();
          if (text[i] === (c === "{" ? "}" : "]")) {
            stack.pop();
            i++;
            expectValue = false;
          } else if (c === "{") member();
          continue;
        }
        if (c === '"') string();
        else if (c === "t") literal("true");
        else if (c === "f") literal("false");
        else if (c === "n") literal("null");
        else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) number();
        else fail();
        expectValue = false;
        continue;
      }
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (i !== n) fail();
        return null;
      }
      if (c === (top === "{" ? "}" : "]")) {
        stack.pop();
        i++;
        continue;
      }
      if (c !== ",") fail();
      i++;
      if (top === "{") member();
      expectValue = true;
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return position(text, e.offset);
  }
}

function position(text: string, offset: number): JsonSyntaxProblem {
  const o = Math.min(offset, text.length);
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < o; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  return { offset: o, atEnd: o >= text.length, line, column: o - lineStart + 1 };
}
