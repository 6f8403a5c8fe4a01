/** Vietnamese numerals against an independent reading on big integers (fast-check). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseNumberVi } from '../src/index.js';

const RUNS = { numRuns: 500 };

/**
 * An independent reading of a Vietnamese numeral, on BigInt: the integer part grouped by dots or
 * spaces (first group 1–3 digits, no leading zero) or not grouped at all, then an optional decimal
 * comma. Returns the value as `digits / 10^scale`, or null when it is not such a numeral.
 */
function readBig(text: string): { digits: bigint; scale: number } | null {
  const m = /^(\d+(?:[. ]\d{3})*)(?:,(\d+))?$/.exec(text);
  if (!m) return null;
  const int = m[1]!;
  const grouped = /[. ]/.test(int);
  if (grouped && !/^[1-9]\d{0,2}([. ]\d{3})+$/.test(int)) return null;
  const frac = m[2] ?? '';
  return { digits: BigInt(int.replace(/[. ]/g, '') + frac), scale: frac.length };
}

/** A numeral written with thousands dots (or spaces) and a decimal comma, from its parts. */
const numeral = fc.record({
  int: fc.bigInt({ min: 0n, max: 10n ** 12n }),
  frac: fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
  sep: fc.constantFrom('.', ' ', ''),
}).map(({ int, frac, sep }) => {
  const grouped = sep ? int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep) : int.toString();
  return frac === undefined ? grouped : `${grouped},${frac}`;
});

describe('parseNumberVi (property)', () => {
  it('agrees with an independent BigInt reading of Vietnamese numerals', () => {
    fc.assert(fc.property(numeral, (text) => {
      const big = readBig(text)!;
      assert.ok(big, text);
      // The decimal string of digits / 10^scale, read as the nearest double (as the parser must).
      const s = big.digits.toString().padStart(big.scale + 1, '0');
      const expected = Number(big.scale ? `${s.slice(0, -big.scale)}.${s.slice(-big.scale)}` : s);
      assert.equal(parseNumberVi(text), expected, text);
    }), RUNS);
  });
  it('never reads a thousands group after a lone 0: “0.ddd” is a decimal below 1', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{3}$/), (ddd) => {
      const v = parseNumberVi(`0.${ddd}`);
      assert.ok(v < 1, `0.${ddd} read as ${v}`);
      assert.equal(v, Number(`0.${ddd}`));
    }), RUNS);
  });
});
