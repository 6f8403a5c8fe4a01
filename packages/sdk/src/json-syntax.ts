/**
 * Where a JSON text stops being JSON. `JSON.parse` in Node 20 names no position for most errors
 * (“Unexpected token ','”), so on failure the text is scanned again to find the first bad
 * character, and say what was expected there.
 * @module
 */

/** The first syntax error of a JSON text: 0-based offset, what was expected, what was found. */
export interface JsonSyntaxError {
  /** 0-based offset of the bad character (the text's length for an early end). */
  offset: number;
  /** What the grammar allows there, in words (`a value`, `"," or "}"`). */
  expected: string;
  /** What is there: the character, quoted, or `end of input`. */
  found: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_RUN = /[^"\\\u0000-\u001f]*/y;

/** Scans `text` as JSON and returns its first syntax error, or `null` when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const fail = (expected: string): never => {
    throw new Stop(i, expected);
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      STRING_RUN.lastIndex = i;
      STRING_RUN.test(text);
      i = STRING_RUN.lastIndex;
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            while (/[0-9a-fA-F]/.test(text[i] ?? '')) i++;
            fail('4 hex digits after \\u');
          }
          i += 6;
        } else {
          i++;
          fail('an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)');
        }
      } else fail(c === undefined ? 'the closing quote "' : 'the closing quote " (line breaks must be written \\n)');
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a "quoted" key');
        string();
        ws();
        if (text[i] !== ':') fail('":"');
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if ((c === '-' || (c !== undefined && c >= '0' && c <= '9')) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    fail('a value');
  };
  try {
    value();
    ws();
    if (i < text.length) fail('the end of the input');
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const ch = text[e.offset];
    return { offset: e.offset, expected: e.expected, found: ch === undefined ? 'end of input' : JSON.stringify(ch) };
  }
}

/** 1-based line and column of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
