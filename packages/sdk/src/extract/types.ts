/** The public shapes of `extractFigures`: what it reads out of Vietnamese press text. */
import type { PrintedVerdict } from '../printed.js';
import type { Comparison, Dataset } from '../schemas/index.js';

/** What a figure counts. `other` is any other counted thing (Party admissions, classes, congresses…). */
export type ExtractedMetric = 'members' | 'grassroots-unions' | 'strong-share' | 'other';

/** A sector of a strong-share figure or threshold, when the text names it. */
export type ExtractedSector = 'state' | 'non-state';

/** The span of days a figure or a target covers, as the text states it. */
export interface ExtractedPeriod {
  /** Id used in the dataset (`2017`, `term-2018-2023`, `2020-q2`). */
  id: string;
  /** First day, inclusive (`YYYY-MM-DD`). */
  start: string;
  /** Last day, inclusive (`YYYY-MM-DD`). */
  end: string;
  /** How Vietnamese readers name it (`Năm 2017`, `Nhiệm kỳ 2018–2023`). */
  label: string;
}

/** Where in the text something was read: the quote and its character offsets. */
export interface Quoted {
  /** The clause or sentence it came from: `text.slice(start, end)`. */
  quote: string;
  /** Offset of the quote's first character in the text. */
  start: number;
  /** Offset just past the quote's last character. */
  end: number;
  /** What a data editor must know about it (a restatement, a contradiction, a field left out and why). */
  notes: string[];
}

/** One progress figure read from the text. */
export interface ExtractedFigure extends Quoted {
  /** What it counts. */
  metric: ExtractedMetric;
  /** The counted noun as written (`đoàn viên`, `CĐCS`, `lớp`, `đồng chí`). */
  noun?: string;
  /** For `strong-share` (and thresholds): the sector, when stated. */
  sector?: ExtractedSector;
  /** The figure reached (for a share-only `strong-share` figure: the share, 0–1, as `share`). */
  actual: number;
  /** The target: stated in the text, or derived where the text fixes it (`tăng 1 CĐCS so với chỉ tiêu`). */
  target?: number;
  /** `stated` when the text gives the target, `derived` when it follows from the text with certainty. */
  targetSource?: 'stated' | 'derived';
  /** For `strong-share`: the grassroots unions rated, when stated. */
  of?: number;
  /** For `strong-share`: the share 0–1, when only a percent is stated (`90% CĐCS khu vực nhà nước …`). */
  share?: number;
  /** The percent exactly as written (`87,5%`, `vượt 31%`, `vượt hơn 11,7%`). */
  printed?: string;
  /** The verdict of `checkPrinted` when both a target (or `of`) and a printed percent exist. */
  verdict?: PrintedVerdict;
  /** The computed percent (122.7… for 27/22) when a target (or `of`) exists. */
  computed?: number;
  /** The unit as written (`LĐLĐ quận Hoàng Mai`); a later `LĐLĐ quận` is resolved to the unit named before. */
  unitName?: string;
  /** The period the figure (or its target) covers; an annual plan observed mid-year keeps the year. */
  period?: ExtractedPeriod;
  /** The date of the figure inside its period (`6 tháng đầu năm 2021` → `2021-06-30`). */
  asOf?: string;
  /** For a sub-count (`trong đó …`, `theo phương thức mới`): the index in `figures` of the total it is part of, when stated. */
  partOf?: number;
  /** What sets a sub-count or a transfer apart (`theo phương thức mới`, `bàn giao`). */
  qualifier?: string;
  /** True when the count is approximate or a bound (`hơn 1.000`, `gần 500`). */
  approximate?: boolean;
}

/** A target stated on its own (`chỉ tiêu phát triển 1.400 đoàn viên`), with no figure reached beside it. */
export interface ExtractedTarget extends Quoted {
  /** `members` or `grassroots-unions`. */
  metric: 'members' | 'grassroots-unions';
  /** The counted noun as written. */
  noun: string;
  /** The target. */
  target: number;
  /** The unit as written, resolved like a figure's. */
  unitName?: string;
  /** The period the target covers. */
  period?: ExtractedPeriod;
}

/** A goal for the share of strong grassroots unions (`trên 90% CĐCS … Nhà nước … đạt tiêu chuẩn CĐCS vững mạnh`). */
export interface ExtractedThreshold extends Quoted {
  /** The sector. */
  sector: ExtractedSector;
  /** The threshold share, 0–1. */
  share: number;
  /** `strict` for `trên 90%`, `inclusive` for `50% trở lên`. */
  comparison: Comparison;
  /** The percent as written, with its comparator (`trên 90%`, `50% trở lên`). */
  printed: string;
  /** The unit that sets the goal, as written. */
  unitName?: string;
  /** The period the goal is for. */
  period?: ExtractedPeriod;
}

/** Options of `extractFigures`. */
export interface ExtractOptions {
  /** Date the text was published (`YYYY-MM-DD`): gives the year of `10 tháng đầu năm`, and bounds every `asOf`. */
  published?: string;
  /** Name of the source (the outlet and title), for the dataset. */
  source?: string;
  /** URL of the source, for the dataset. */
  url?: string;
  /** Title of the dataset (default: the source name, else `Số liệu từ bài báo`). */
  title?: string;
}

/** What `extractFigures` reads from a text. */
export interface Extraction {
  /** Every progress figure, in text order. */
  figures: ExtractedFigure[];
  /** Targets stated on their own, in text order (also used as the target of a matching figure). */
  targets: ExtractedTarget[];
  /** Goals for the share of strong grassroots unions, as SDK thresholds. */
  thresholds: ExtractedThreshold[];
  /** A valid dataset built from them, ready for `checkDataset` and the widgets. */
  dataset: Dataset;
  /** Notes on the whole text (figures left out of the dataset, and why). */
  notes: string[];
}
