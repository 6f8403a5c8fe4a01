/** Shared plumbing of the Tiến độ elements, for the chart package and custom widgets. */
export * from './base-element.js';
export { styleMap, cssStyleMap, type StyleInfo, type StyleMapDirective } from './css-style-map.js';
export * from './data-controller.js';
export * from './data-source.js';
export * from './events.js';
export * from './i18n.js';
export * from './idle.js';
export * from './inline-data.js';
export * from './table-reader.js';
export * from './selection.js';
export * from './states.js';
export * from './theme.js';
export { partStyles } from './parts.styles.js';
export { tokenStyles } from './tokens.styles.js';
