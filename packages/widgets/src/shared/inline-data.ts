/**
 * Data written inside the element: an inline `<script type="application/json">`, or a plain
 * `<table>` that readers without JavaScript see (progressive enhancement). The table reader itself
 * is `table-reader.ts`, loaded only for an element that has a table.
 * @module
 */
import { validateDataset, type Validation } from '@tiendo/sdk';

/** What the light-DOM table path needs from the element: its selection attributes. */
export interface TableContext {
  unit?: string | undefined;
  metric?: string | undefined;
  period?: string | undefined;
}

/**
 * The dataset in an inline `<script type="application/json">` child, validated (SDK
 * `validateDataset`; text that is not JSON is an `invalid-json` rejection); `undefined` if none.
 */
export function readInlineJson(host: Element): Validation | undefined {
  const script = [...host.children].find((c): c is HTMLScriptElement => c instanceof HTMLScriptElement && /json/.test(c.type));
  if (!script) return undefined;
  const text = script.textContent ?? '';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { success: false, rejection: { kind: 'issues', issues: [{ code: 'invalid-json', path: '', detail: `inline <script type="application/json">: ${(e as Error).message}` }] } };
  }
  return validateDataset(json);
}

/** The first `<table>` child of the element, if any. */
export function findTable(host: Element): HTMLTableElement | undefined {
  return [...host.children].find((c): c is HTMLTableElement => c instanceof HTMLTableElement);
}
