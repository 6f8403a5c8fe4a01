/**
 * The CSV writer, a module of its own: an element imports it only when its CSV is asked for (the
 * reader presses the download button, or a page calls `toCsv()`), so pages that only show figures
 * do not carry the writer nor the CSV quoting of `d3-dsv`.
 * @module
 */
export { datasetToCsv } from '@tiendo/sdk';
