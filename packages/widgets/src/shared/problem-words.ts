/**
 * The words of a dataset's problems, a module of its own: `problems.ts` imports it on the first
 * invalid dataset of a page, so valid data never carries the mapping of zod's issues, the SDK's
 * messages in two languages nor the JSON syntax finder.
 * @module
 */
export { datasetErrorOf, formatIssue } from '@tiendo/sdk';
