/**
 * The quality-rating side of `figures.ts`: a unit's strong-share figures per sector, with the
 * sources of the ratings and thresholds used and the printed percent checked. A module of its own so
 * that an element showing only progress figures does not carry the classification.
 * @module
 */
import { classifyQuality, type SectorQuality } from './classify.js';
import { uniqueSources, unitScope } from './figures.js';
import { checkPrinted, type PrintedCheck } from './printed.js';
import type { Dataset } from './schemas/dataset.js';
import type { Source } from './schemas/common.js';

/** One sector's quality with the sources of the ratings and of the threshold used. */
export interface QualityFigure extends SectorQuality {
  /** Sources of the ratings used and of the threshold. */
  sources: Source[];
  /** The percent the source printed, checked; `null` without one. */
  printedCheck: PrintedCheck | null;
}

/** Quality figures of a unit and period, for one scheme. */
export interface QualityFigures {
  /** The scheme used: the one asked for, else the unit's own first, else the first rated below it. */
  scheme: string | undefined;
  /** One per sector rated. */
  sectors: QualityFigure[];
}

/**
 * The strong-share figures of a unit for a period, per sector, for one rating scheme (never two
 * summed together): the scheme asked for, else the first the unit (or, without its own, the units
 * below it) is rated in.
 */
export function qualityFigures(dataset: Dataset, selection: { unit: string; period: string; scheme?: string | undefined }): QualityFigures {
  const { unit, period } = selection;
  const scope = unitScope(dataset, unit);
  const rated = dataset.qualityRatings.filter((q) => q.period === period && scope.has(q.unit));
  const scheme = selection.scheme || (rated.find((q) => q.unit === unit) ?? rated[0])?.scheme;
  const sectors = classifyQuality(dataset, { unit, period, ...(scheme !== undefined ? { scheme } : {}) }).map((q): QualityFigure => {
    const used = rated.filter((r) => r.sector === q.sector.id && (scheme === undefined || r.scheme === scheme) && q.units.includes(r.unit));
    let printedCheck: PrintedCheck | null = null;
    if (q.printed) printedCheck = q.evaluated !== null && q.strong !== null && q.evaluated > 0 ? checkPrinted(q.strong, q.evaluated, q.printed) : checkPrinted(q.share, 1, q.printed);
    return { ...q, sources: uniqueSources([...used.map((r) => r.source), q.threshold?.source]), printedCheck };
  });
  return { scheme, sectors };
}
