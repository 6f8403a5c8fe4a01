/**
 * The full text parsers (long CSV with d3-dsv, JSON with located syntax errors), in their own
 * module so that `data-source.ts` loads them with `import()` only when a `src` answers with CSV or
 * with JSON that does not parse.
 * @module
 */
export { parseDatasetText } from '@tiendo/sdk';
