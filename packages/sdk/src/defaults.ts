/** Defaults the domain assumes when a dataset does not say otherwise. */
import type { Sector, Threshold } from './schemas/quality.js';

/** State and non-state sectors. */
export const DEFAULT_SECTORS: readonly Sector[] = [
  { id: 'state', labels: { vi: 'Khu vực nhà nước', en: 'State sector' } },
  { id: 'non-state', labels: { vi: 'Khu vực ngoài nhà nước', en: 'Non-state sector' } },
];

/** State: more than 90% (strict); non-state: 50% or more (inclusive). */
export const DEFAULT_THRESHOLDS: readonly Threshold[] = [
  { sector: 'state', share: 0.9, comparison: 'strict' },
  { sector: 'non-state', share: 0.5, comparison: 'inclusive' },
];
