/** Turns zod's issues into the SDK's `Issue`s, with paths like `targets[3].value` and plain words. */
import type * as z from 'zod/mini';
import { describeReceived, type Issue } from './errors.js';

/** `['targets', 3, 'value']` → `targets[3].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  object: 'an object',
  array: 'an array',
  boolean: 'a boolean',
  null: 'null',
};

function expectedOfFormat(issue: { format?: string; pattern?: unknown }): string {
  if (issue.format === 'date') return 'a date YYYY-MM-DD';
  if (issue.format === 'url') return 'a URL';
  if (issue.format === 'regex' && String(issue.pattern).includes('A-Za-z0-9')) return 'an id (letters, digits, - _ .)';
  return `text of format ${issue.format ?? 'unknown'}`;
}

/** Suggests the number a Vietnamese-formatted string stands for (`"1.548"` → `1548`). */
function numberHint(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const s = input.trim().replace(/%$/, '');
  let t: string | null = null;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) t = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(,\d+)?$/.test(s)) t = s.replace(',', '.');
  else if (/^\d+\.\d+$/.test(s)) t = s;
  return t === null ? undefined : String(Number(t));
}

/** Maps one zod issue (parsed with `reportInput: true`) to SDK issues. */
export function fromZodIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): Issue[] {
  const path = formatPath([...prefix, ...issue.path]);
  const input = (issue as { input?: unknown }).input;
  const received = 'received' in issue && typeof issue.received === 'string' ? issue.received : describeReceived(input);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`;
      if (input === undefined && !('received' in issue)) return [{ code: 'required', path, expected }];
      const hint = issue.expected === 'number' || issue.expected === 'int' ? numberHint(input) : undefined;
      return [{ code: 'invalid-type', path, expected, received, ...(hint ? { detail: hint } : {}) }];
    }
    case 'too_small': {
      const min = String(issue.minimum);
      const op = issue.inclusive === false ? '>' : '≥';
      if (issue.origin === 'number' || issue.origin === 'int') {
        const what = issue.origin === 'int' ? 'a whole number' : 'a number';
        const expected = issue.minimum === 0 && op === '≥' ? `${what} ≥ 0` : `${what} ${op} ${min}`;
        return [{ code: 'too-small', path, expected, received }];
      }
      if (issue.origin === 'string') return [{ code: 'too-small', path, expected: 'a non-empty string', received }];
      return [{ code: 'too-small', path, expected: `at least ${min} items`, received }];
    }
    case 'too_big': {
      if (issue.origin === 'number' || issue.origin === 'int') {
        const expected = path.endsWith('share') ? 'a share between 0 and 1' : `a number ≤ ${String(issue.maximum)}`;
        return [{ code: 'too-big', path, expected, received }];
      }
      return [{ code: 'too-big', path, expected: `at most ${String(issue.maximum)} characters`, received }];
    }
    case 'invalid_format':
      return [{ code: 'invalid-format', path, expected: expectedOfFormat(issue as { format?: string; pattern?: unknown }), received }];
    case 'invalid_value':
      return [{ code: 'invalid-value', path, expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`, received }];
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({ code: 'unrecognized-key' as const, path: formatPath([...prefix, ...issue.path, k]), detail: JSON.stringify(k) }));
    case 'invalid_union': {
      const inner = issue.errors.flat();
      if (inner.length) return fromZodIssue(inner[0]!, prefix);
      return [{ code: 'invalid-value', path, expected: 'a valid value', received }];
    }
    default:
      return [{ code: 'invalid-value', path, expected: 'a valid value', received }];
  }
}
