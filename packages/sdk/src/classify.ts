/** Strong-CĐCS classification: a share against its sector's threshold, strict or inclusive, exactly. */
import { DEFAULT_THRESHOLDS } from './defaults.js';
import { TiendoError } from './errors.js';
import { compare, type Fraction, toFraction, toNumber } from './exact.js';
import type { Dataset } from './schemas/dataset.js';
import type { Comparison, Sector, Threshold } from './schemas/quality.js';
import { childrenIndex, descendants } from './select.js';

/** A share as a ratio (0.92) or as counts (`{ strong: 46, evaluated: 50 }`), compared exactly. */
export type ShareInput = number | { strong: number; evaluated: number };

/** Result of `classify`. */
export interface Classification {
  /** True when the share meets the threshold. */
  pass: boolean;
  /** The share, 0–1. */
  share: number;
  /** The threshold, 0–1. */
  threshold: number;
  /** `strict` (more than) or `inclusive` (at least). */
  comparison: Comparison;
  /** share − threshold (negative when short). */
  margin: number;
}

function shareFraction(share: ShareInput): Fraction {
  if (typeof share === 'number') {
    if (!Number.isFinite(share) || share < 0) throw new TiendoError('invalid-number', `share: expected a finite number ≥ 0, received ${share}`, 'share');
    return toFraction(share);
  }
  const { strong, evaluated } = share;
  if (!(evaluated > 0) || !(strong >= 0) || !Number.isFinite(evaluated) || !Number.isFinite(strong)) {
    throw new TiendoError('invalid-number', `share: expected strong ≥ 0 and evaluated > 0, received ${strong}/${evaluated}`, 'share');
  }
  const s = toFraction(strong);
  const e = toFraction(evaluated);
  return { num: s.num * e.den, den: s.den * e.num };
}

/**
 * Classifies a share against a threshold: `strict` needs more than the threshold (“trên 90%”),
 * `inclusive` at least (“50% trở lên”). Counts compare exactly: 45/50 is not more than 90%.
 * Throws a `TiendoError` (`invalid-number`) on a negative or non-finite share, or on counts with
 * nothing evaluated.
 */
export function classify(share: ShareInput, threshold: Pick<Threshold, 'share' | 'comparison'>): Classification {
  const s = shareFraction(share);
  const t = toFraction(threshold.share);
  const c = compare(s, t);
  const pass = threshold.comparison === 'strict' ? c > 0 : c >= 0;
  const value = toNumber(s);
  return { pass, share: value, threshold: threshold.share, comparison: threshold.comparison, margin: value - threshold.share };
}

/** Where a sector's rating comes from: the unit's own, or the sum over the units below it. */
export type RatingSource = 'reported' | 'sum';

/** One sector's quality for a unit and period. */
export interface SectorQuality {
  /** The sector. */
  sector: Sector;
  /** Grassroots unions evaluated, when counts are known. */
  evaluated: number | null;
  /** Of those, rated strong, when counts are known. */
  strong: number | null;
  /** The share rated strong, 0–1. */
  share: number;
  /** The percent as printed, when the source printed one. */
  printed: string | null;
  /** The threshold used (the dataset's, else the default for the sector), or `null` when none. */
  threshold: Threshold | null;
  /** The classification, or `null` without a threshold. */
  result: Classification | null;
  /** Where the figures come from. */
  source: RatingSource;
  /** True when any rating used is illustrative. */
  illustrative: boolean;
}

/** Options of `classifyQuality`. */
export interface ClassifyQualityOptions {
  /** Unit id. */
  unit: string;
  /** Period id. */
  period: string;
  /** Rating scheme to use, when the dataset has several. */
  scheme?: string;
}

/**
 * Quality of a unit's grassroots unions per sector against each sector's threshold. Uses the
 * unit's own ratings, else sums the counts of the units below it (a ratio of sums).
 */
export function classifyQuality(dataset: Dataset, options: ClassifyQualityOptions): SectorQuality[] {
  const { unit, period, scheme } = options;
  const ratings = dataset.qualityRatings.filter((q) => q.period === period && (scheme === undefined || q.scheme === scheme));
  const below = new Set(descendants(dataset, unit, childrenIndex(dataset)).map((u) => u.id));
  const out: SectorQuality[] = [];
  for (const sector of dataset.sectors) {
    const own = ratings.filter((q) => q.sector === sector.id && q.unit === unit);
    const used = own.length ? own : ratings.filter((q) => q.sector === sector.id && below.has(q.unit) && q.evaluated !== undefined && q.strong !== undefined);
    if (!used.length) continue;
    let evaluated: number | null = 0;
    let strong: number | null = 0;
    for (const q of used) {
      if (q.evaluated === undefined || q.strong === undefined || evaluated === null || strong === null) {
        evaluated = null;
        strong = null;
      } else {
        evaluated += q.evaluated;
        strong += q.strong;
      }
    }
    const counts = evaluated !== null && strong !== null && evaluated > 0 ? { strong, evaluated } : null;
    const share = counts ? counts.strong / counts.evaluated : (used[0]!.share ?? 0);
    const threshold = findThreshold(dataset, sector.id, period, unit);
    out.push({
      sector,
      evaluated,
      strong,
      share,
      printed: own.length === 1 ? (own[0]!.printed ?? null) : null,
      threshold,
      result: threshold ? classify(counts ?? share, threshold) : null,
      source: own.length ? 'reported' : 'sum',
      illustrative: used.some((q) => q.illustrative === true),
    });
  }
  return out;
}

/**
 * The threshold for a sector, period and unit: the most specific the dataset has (set by the unit or
 * the nearest unit above it, for the period, else for every period), else the default for the sector.
 */
export function findThreshold(dataset: Dataset, sector: string, period?: string, unit?: string): Threshold | null {
  const chain: (string | undefined)[] = [];
  const parents = new Map(dataset.units.map((u) => [u.id, u.parent ?? undefined]));
  for (let u = unit, guard = 0; u !== undefined && guard < 10_000; u = parents.get(u), guard++) chain.push(u);
  chain.push(undefined);
  for (const owner of chain) {
    const own = dataset.thresholds.filter((t) => t.sector === sector && t.unit === owner);
    const found = own.find((t) => period !== undefined && t.period === period) ?? own.find((t) => t.period === undefined);
    if (found) return found;
  }
  return DEFAULT_THRESHOLDS.find((t) => t.sector === sector) ?? null;
}
