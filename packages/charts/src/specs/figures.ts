/**
 * One unit's progress for a metric and period as chart-ready figures: numbers, their Vietnamese
 * (or English) text, the status in words and the SDK's one-sentence description.
 * @module
 */
import {
  type AggregateNode, type Locale, type Metric, type Period, type ProgressStatus, STATUS_TEXT,
  describePrinted, describeProgress, figureOf, formatAttainment, formatNumber, formatPercent,
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
  /** The percent the source printed, when it disagrees with the figures (`87,5%`); else `null`. */
  printedText: string | null;
  /** The SDK's note on that disagreement (“Báo cáo ghi 87,5%; tính lại: 77,8%.”), else `null`. */
  printedNote: string | null;
}

/** The figures of an aggregate node (the SDK's `figureOf`) as chart text, or `null` without an actual or a target. */
export function progressFigures(node: AggregateNode, metric: Metric, period: Period, locale: Locale): ProgressFigures | null {
  const f = figureOf(node, metric, period);
  if (!f || f.target === null || f.attainment === null) return null;
  const { actual, target, attainment, status } = f;
  const isShare = metric.kind === 'share';
  const statusText = STATUS_TEXT[locale][status];
  const attainmentText = isShare ? formatPercent(attainment, { locale }) : (formatAttainment(actual, target, { locale }) ?? '');
  const actualText = isShare && f.share !== null ? formatPercent(f.share, { locale }) : formatNumber(actual, { locale });
  const targetText = isShare ? formatPercent(target, { locale }) : formatNumber(target, { locale });
  const whole = (isShare ? f.of : target) ?? 0;
  const printedNote = describePrinted(f.printed, actual, whole, locale);
  const check = f.printed?.check;
  const printedText = printedNote && f.printed && check
    ? (check.printed === null ? f.printed.text : formatPercent(check.printed / 100, { locale, digits: check.digits }))
    : null;
  const sentence = isShare
    ? `${node.unit.name}: ${actualText} / ${targetText}, ${attainmentText}, ${statusText}.`
    : describeProgress({ unitName: node.unit.name, metric, actual, target, status, locale });
  return {
    actual, target, attainment, actualText, targetText, attainmentText, status, statusText,
    short: attainment < 1, sentence, asOf: f.asOf, illustrative: f.illustrative, printedText, printedNote,
  };
}
