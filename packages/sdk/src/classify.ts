/** Strong-CĐCS classification: a share against its sector's threshold, strict or inclusive, exactly. */
import { DEFAULT_THRESHOLDS } from './defaults.js';
import { TiendoError } from './errors.js';
import { compare, type Fraction, toFraction, toNumber } from './exact.js';
import type { Dataset } from './schemas/dataset.js';
import type { Comparison, QualityRating, Sector, Threshold } from './schemas/quality.js';
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

/** Where a sector's rating comes from: the unit's own, or the sum over the top-most rated units below it. */
export type RatingSource = 'reported' | 'sum';

/** One sector's quality for a unit, period and rating scheme. */
export interface SectorQuality {
  /** The sector. */
  sector: Sector;
  /** The rating scheme of the ratings used (`vung-manh`, `hoan-thanh-tot`), `null` when they name none. */
  scheme: string | null;
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
  /** The units whose ratings were used: the unit itself, or the top-most rated units below it. */
  units: string[];
  /**
   * Top-most rated units below that were left out of a sum because their rating is a share without
   * counts (a share cannot join a ratio of sums); empty for a unit's own rating.
   */
  excluded: string[];
  /** True when any rating used is illustrative. */
  illustrative: boolean;
}

/** Options of `classifyQuality`. */
export interface ClassifyQualityOptions {
  /** Unit id. */
  unit: string;
  /** Period id. */
  period: string;
  /** Rating scheme to use; without it, each scheme rated gets its own results (never summed together). */
  scheme?: string;
}

/**
 * Quality of a unit's grassroots unions per sector against each sector's threshold, rolled up the
 * tree the way counts are: a unit's own rating wins over its children's, never both, so the sum is
 * over the top-most rated units below (a ratio of sums). Ratings of different schemes are different
 * measures: without `scheme`, each scheme found gets its own result per sector (sector order, then
 * scheme in document order).
 */
export function classifyQuality(dataset: Dataset, options: ClassifyQualityOptions): SectorQuality[] {
  const { unit, period } = options;
  const index = childrenIndex(dataset);
  const scope = new Set([unit, ...descendants(dataset, unit, index).map((u) => u.id)]);
  const ratings = dataset.qualityRatings.filter((q) => q.period === period && scope.has(q.unit) && (options.scheme === undefined || q.scheme === options.scheme));
  const schemes = [...new Set(ratings.map((q) => q.scheme ?? null))];
  const out: SectorQuality[] = [];
  for (const sector of dataset.sectors) {
    for (const scheme of schemes) {
      const own = new Map<string, QualityRating>();
      for (const q of ratings) if (q.sector === sector.id && (q.scheme ?? null) === scheme && !own.has(q.unit)) own.set(q.unit, q);
      if (!own.size) continue;
      const q = sectorQuality(dataset, sector, scheme, unit, period, topRated(unit, own, index));
      if (q) out.push(q);
    }
  }
  return out;
}

/** The ratings of the top-most rated units at or below `unit`: a rated unit stops the walk down. */
function topRated(unit: string, own: ReadonlyMap<string, QualityRating>, index: ReadonlyMap<string, readonly { id: string }[]>): QualityRating[] {
  const found: QualityRating[] = [];
  const stack = [unit];
  const seen = new Set<string>();
  while (stack.length) {
    const u = stack.pop()!;
    if (seen.has(u)) continue;
    seen.add(u);
    const q = own.get(u);
    if (q) {
      found.push(q);
      continue;
    }
    const kids = index.get(u);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!.id);
  }
  return found;
}

/**
 * One sector's quality from the top-most rated units: the unit's own rating as it is; else the sum of
 * the counts below, leaving out (and naming) ratings that give only a share; a single share-only
 * rating below is used as it is. `null` when the units below give only shares, several of them:
 * shares without counts cannot be summed into a share.
 */
function sectorQuality(dataset: Dataset, sector: Sector, scheme: string | null, unit: string, period: string, top: QualityRating[]): SectorQuality | null {
  const reported = top.length === 1 && top[0]!.unit === unit;
  const hasCounts = (q: QualityRating) => q.evaluated !== undefined && q.strong !== undefined;
  const counted = top.filter(hasCounts);
  let used: QualityRating[];
  let excluded: string[] = [];
  if (reported || (!counted.length && top.length === 1)) used = top;
  else if (counted.length) {
    used = counted;
    excluded = top.filter((q) => !hasCounts(q)).map((q) => q.unit);
  } else return null;
  let counts: { strong: number; evaluated: number } | null = null;
  if (used.every(hasCounts)) {
    counts = { strong: 0, evaluated: 0 };
    for (const q of used) {
      counts.evaluated += q.evaluated!;
      counts.strong += q.strong!;
    }
  }
  const usable = counts && counts.evaluated > 0 ? counts : null;
  const share = usable ? usable.strong / usable.evaluated : (used[0]!.share ?? 0);
  const threshold = findThreshold(dataset, sector.id, period, unit);
  return {
    sector,
    scheme,
    evaluated: counts?.evaluated ?? null,
    strong: counts?.strong ?? null,
    share,
    printed: reported ? (top[0]!.printed ?? null) : null,
    threshold,
    result: threshold ? classify(usable ?? share, threshold) : null,
    source: reported ? 'reported' : 'sum',
    units: used.map((q) => q.unit),
    excluded,
    illustrative: used.some((q) => q.illustrative === true),
  };
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
