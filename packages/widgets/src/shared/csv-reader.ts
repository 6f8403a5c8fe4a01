/**
 * The CSV reader, a module of its own: `data-source.ts` imports it only when a `src` answers CSV,
 * so pages of JSON data do not carry the CSV parser.
 * @module
 */
export { parseDatasetCsv } from '@tiendo/sdk';
