/**
 * `@tiendo/sdk/helpers`: the building blocks under the SDK's computations, for developers who need
 * them (tree look-ups, the name collator, the printed-percent reader, exact ratios). The root
 * `@tiendo/sdk` exports what most users need: parse, compute, format, check, figures and types.
 * @packageDocumentation
 */
export { childrenIndex, findTarget, findActual, actualDate, descendants } from './select.js';
export { collator } from './names.js';
export { readPrinted, type ReadPrinted } from './printed.js';
export { PRINTED_FORMS, type PrintedForm, type PrintedRole } from './printed-forms.js';
export { compareRatio, type Fraction } from './exact.js';
export { datasetFromRows } from './csv-rows.js';
