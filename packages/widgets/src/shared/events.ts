/** The events every Tiến độ element fires: bubbling, composed, with a typed `detail`. */
import type { Dataset, Issue } from '@tiendo/sdk';

/** Detail of `tiendo-load`. */
export interface TiendoLoadDetail {
  /** The validated dataset the element now shows. */
  dataset: Dataset;
  /** Where it came from. */
  origin: DataOrigin;
}

/** Where an element's data came from, in order of precedence. */
export type DataOrigin = 'property' | 'src' | 'inline-json' | 'table';

/** Kinds of failure an element reports. */
export type WidgetErrorCode = 'http' | 'network' | 'timeout' | 'invalid-json' | 'invalid-data' | 'selection' | 'internal';

/** Detail of `tiendo-error`. */
export interface TiendoErrorDetail {
  /** What went wrong. */
  code: WidgetErrorCode;
  /** A message for developers (English). */
  message: string;
  /** HTTP status, for `http`. */
  status?: number;
  /** The URL fetched, for `http`, `network`, `timeout`, `invalid-json`. */
  url?: string;
  /** The problems of an invalid dataset, each with its path. */
  issues?: readonly Issue[];
  /** For `selection`: what was not found, in the element's language (`đơn vị "x"`). */
  subject?: string;
  /** True when a retry may succeed (network errors, timeouts, 5xx). */
  retryable: boolean;
}

/** Fired when an element has loaded and validated its data. */
export class TiendoLoadEvent extends CustomEvent<TiendoLoadDetail> {
  constructor(detail: TiendoLoadDetail) {
    super('tiendo-load', { detail, bubbles: true, composed: true });
  }
}

/** Fired when an element cannot show its data; it shows the error in words too. */
export class TiendoErrorEvent extends CustomEvent<TiendoErrorDetail> {
  constructor(detail: TiendoErrorDetail) {
    super('tiendo-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'tiendo-load': TiendoLoadEvent;
    'tiendo-error': TiendoErrorEvent;
  }
}
