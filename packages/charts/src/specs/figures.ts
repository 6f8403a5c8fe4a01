/**
 * One unit's progress for a metric and period as chart-ready figures: numbers, their Vietnamese
 * (or English) text, the status in words and the SDK's one-sentence description.
 * @module
 */
import {
  type AggregateNode, type Dataset, type Locale, type Metric, type Period, type ProgressStatus, STATUS_TEXT,
  describeProgress, formatAttainment, formatNumber, formatPercent, pace, progressStatus,
} from '@tiendo/sdk';

/** Figures of one unit × metric × period with an attainment. */
export interface ProgressFigures {
  /** Figure reached (for share metrics: the qualifying count). */
  actual: number;
  /** Target. */
  target: number;
  /** actual ÷ target, as a ratio (1.027 = 102,7%). */
  attainment: number;
  /** `actual` as readers write it (`1.438`). */
  actualText: string;
  /** `target` as readers write it (`1.400`). */
  targetText: string;
  /** `attainment` as a percent with one decimal (`102,7%`), computed exactly. */
  attainmentText: string;
  /** Status of the progress. */
  status: ProgressStatus;
  /** Status in words (`vượt chỉ tiêu`). */
  statusText: string;
  /** True when short of the target (attainment below 100%). */
  short: boolean;
  /** The SDK's sentence: “Quận Hoàng Mai kết nạp 1.438/1.400 đoàn viên, đạt 102,7% kế hoạch, vượt chỉ tiêu.” */
  sentence: string;
  /** Date of the figure, when known. */
  asOf: string | null;
  /** True when the actual or the target is invented for illustration (`illustrative: true`). */
  illustrative: boolean;
}

/** The figures of an aggregate node, or `null` when it has no actual or no target. */
export function progressFigures(dataset: Dataset, node: AggregateNode, metric: Metric, period: Period | undefined, locale: Locale): ProgressFigures | null {
  const { actual, target, attainment } = node;
  if (actual === null || target === null || attainment === null) return null;
  const isShare = metric.kind === 'share';
  // Pace only for a figure inside its period (e.g. “6 tháng đầu năm” of an annual plan).
  let p = null;
  if (period && node.asOf && node.asOf < period.end) {
    try {
      p = pace({ actual: isShare ? attainment * target : actual, target, start: period.start, end: period.end, asOf: node.asOf });
    } catch {
      p = null;
    }
  }
  const status = isShare ? progressStatus(attainment, 1, p) : progressStatus(actual, target, p);
  const statusText = STATUS_TEXT[locale][status];
  const attainmentText = isShare ? formatPercent(attainment, { locale }) : (formatAttainment(actual, target, { locale }) ?? '');
  const actualText = isShare && node.of ? formatPercent(actual / node.of, { locale }) : formatNumber(actual, { locale });
  const targetText = isShare ? formatPercent(target, { locale }) : formatNumber(target, { locale });
  const sentence = isShare
    ? `${node.unit.name}: ${actualText} / ${targetText}, ${attainmentText}, ${statusText}.`
    : describeProgress({ unitName: node.unit.name, metric, actual, target, status, locale });
  return {
    actual, target, attainment, actualText, targetText, attainmentText, status, statusText,
    short: attainment < 1, sentence, asOf: node.asOf, illustrative: isIllustrative(dataset, node),
  };
}

/**
 * True when a figure used is illustrative: the unit's own actual or target, or for a sum, any
 * figure of the units below it.
 */
function isIllustrative(dataset: Dataset, node: AggregateNode): boolean {
  if (node.actualIndex !== null && dataset.actuals[node.actualIndex]?.illustrative) return true;
  if (node.targetIndex !== null && dataset.targets[node.targetIndex]?.illustrative) return true;
  const summed = node.actualSource === 'sum' || node.targetSource === 'sum';
  return summed && node.children.some((c) => isIllustrative(dataset, c));
}
