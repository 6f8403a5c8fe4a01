/**
 * `@tiendo/widgets/core`: the narrow public core the chart package (and a custom element built like
 * the widgets) stands on — the data controller, theme, tokens, events and a few helpers. The rest
 * of `shared/` is internal.
 * @module
 */
export { DataController, type DataInputs, type DataOptions, type Status, type StatusRenderers } from './shared/data-controller.js';
export { DEFAULT_TIMEOUT, loadDataset } from './shared/data-source.js';
export { TiendoErrorEvent, TiendoLoadEvent, type DataOrigin, type TiendoErrorDetail, type TiendoLoadDetail, type WidgetErrorCode } from './shared/events.js';
export { UI, formatDate, toLocale, type UiText } from './shared/i18n.js';
export { whenIdle } from './shared/idle.js';
// The widgets' state views and footer, so an element built on this core (the chart) shows its
// loading, empty and error states and its footer exactly as the widgets do.
export { downloadCsv, emptyView, errorView, footerView, illustrativeOf, loadingView, safeHref, type Provenance } from './shared/states.js';
export { resolveScheme, watchScheme, type Theme } from './shared/theme.js';
export { tokenStyles } from './shared/tokens.styles.js';
