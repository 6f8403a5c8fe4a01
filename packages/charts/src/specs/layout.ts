/**
 * Layout by width, decided before Vega draws (pure, no DOM): where a ranking's unit names go
 * (beside the bars, or above them, wrapped, when beside would leave the bars too little room), how
 * tall each row is, and how much room the longest percent needs right of its bar so it is never
 * clipped. What sets the chart's height (names above or beside the bars, their lines) is decided
 * with one width table (`font-measure.ts`) in Node and in every browser, so the height at a width
 * is known on the server; what only moves text sideways (the room for the percents, the names'
 * limit) uses the chart's font, measured by the element (Node estimates it).
 * @module
 */
import { tableText } from './font-measure.js';
import type { ChartModel, ChartSignals } from './model.js';

/** Width in CSS pixels of a text at the chart's 12 px font; `bold` for the highlighted unit. */
export type MeasureText = (text: string, bold?: boolean) => number;

/** Font size of the chart's text (px), and the height of a line of a wrapped name. */
export const FONT_SIZE = 12;
export const LINE_HEIGHT = 15;
/** Gap between a bar's end and its percent (px). */
export const VALUE_GAP = 4;
/** Padding of the view on each side (the templates' `padding`). */
export const PADDING = 4;

/** A rough width for Node: 0.6 em a character (bold 0.65 em), generous so nothing is clipped. */
export const estimateText: MeasureText = (text, bold = false) => Math.ceil([...text].length * FONT_SIZE * (bold ? 0.65 : 0.6));

/** Names beside the bars take at most this share of the width; beyond it they go above. */
export const NAME_SHARE = 0.4;

/** The layout signals of a ranking and their defaults (a 480 px chart with names beside the bars). */
export const RANKING_LAYOUT = {
  narrow: false,
  nameDx: -8,
  nameDy: 0,
  nameLift: 0,
  nameAlign: 'right',
  nameBaseline: 'middle',
  nameLimit: 200,
  hlLeft: -212,
  barH: 16,
  barOff: 0,
  valueRoom: 60,
} satisfies ChartSignals;

/** The layout signals of a strong-share chart (the words above each bar) and their defaults. */
export const SHARE_LAYOUT = {
  nameDy: 0,
  nameLift: LINE_HEIGHT,
  barH: 16,
  barOff: 0,
} satisfies ChartSignals;

/** What a row of a ranking needs for its layout. */
interface LayoutRow {
  nameText: string;
  valueText: string;
  highlight: boolean;
  nameLines?: string[];
}

/** The layout of a chart at a total width: signal values, and the rows when their drawing depends on it (a ranking's rows with their index, `order`, which orders the bands, and `edge` on the first and last, whose bands set the chart's bounds). */
export interface ChartLayout {
  /** Signal values (the ranking's `y_step` and the `RANKING_LAYOUT` signals). */
  signals: ChartSignals;
  /** The rows to draw (names wrapped for this width), when they differ from the model's. */
  rows?: object[];
  /** Equal for two widths whose rows are drawn alike (a resize between them only sets signals). */
  key: string;
}

/** Words of `text` in lines no wider than `max` (a word wider than `max` keeps its own line). */
export function wrapText(text: string, max: number, measure: MeasureText, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, bold) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * The layout of `model` drawn `width` px wide (the view's total width, padding included).
 * `measure` places text sideways; `lines` (default the width table) decides where names go and
 * how they wrap, hence the height.
 */
export function chartLayout(model: ChartModel, width: number, measure: MeasureText = estimateText, lines: MeasureText = tableText): ChartLayout {
  if (model.kind === 'share') return shareLayout(model, width, lines);
  if (model.kind !== 'ranking') return { signals: {}, key: '' };
  const rows = model.rows as unknown as LayoutRow[];
  const inner = Math.max(120, width - 2 * PADDING);
  const valueRoom = Math.ceil(Math.max(0, ...rows.map((r) => measure(r.valueText, r.highlight)))) + VALUE_GAP + 2;
  const nameWidth = Math.ceil(Math.max(0, ...rows.map((r) => measure(r.nameText, r.highlight))));
  if (Math.ceil(Math.max(0, ...rows.map((r) => lines(r.nameText, r.highlight)))) <= inner * NAME_SHARE) {
    const signals: ChartSignals = {
      ...RANKING_LAYOUT, nameLimit: nameWidth + 2, hlLeft: -(nameWidth + 14), valueRoom, y_step: 24,
    };
    return { signals, rows: rows.map((r, order) => ({ ...r, order, edge: order === 0 || order === rows.length - 1, nameLines: [r.nameText], valueW: measure(r.valueText, r.highlight) })), key: 'beside' };
  }
  // Above the bars: the name wrapped to the whole width, then the bar and its percent.
  const wrapped = rows.map((r) => wrapText(r.nameText, inner - 4, lines, r.highlight));
  const count = Math.max(1, ...wrapped.map((l) => l.length));
  const barH = 14;
  const top = 6;
  const step = top + count * LINE_HEIGHT + 3 + barH + 5;
  const signals: ChartSignals = {
    ...RANKING_LAYOUT,
    // Names hang above their bar, whatever their number of lines (dy = nameDy − lines × nameLift).
    narrow: true, nameDx: 0, nameDy: top + count * LINE_HEIGHT - step / 2, nameLift: LINE_HEIGHT, nameAlign: 'left', nameBaseline: 'top', nameLimit: inner,
    hlLeft: -4, barH, barOff: top + count * LINE_HEIGHT + 3 + barH / 2 - step / 2, valueRoom, y_step: step,
  };
  return { signals, rows: rows.map((r, order) => ({ ...r, order, edge: order === 0 || order === rows.length - 1, nameLines: wrapped[order], valueW: measure(r.valueText, r.highlight) })), key: `above:${wrapped.map((l) => l.length).join(',')}:${wrapped.flat().join('|')}` };
}

/** A strong-share chart: each sector's name and verdict above its bar, wrapped to the width. */
function shareLayout(model: ChartModel, width: number, measure: MeasureText): ChartLayout {
  const rows = model.rows as unknown as { sectorName: string; verdictText: string; illustrative: boolean }[];
  const inner = Math.max(120, width - 2 * PADDING);
  const wrapped = rows.map((r) => [
    ...wrapText(r.illustrative ? `${r.sectorName}*` : r.sectorName, inner - 4, measure),
    ...wrapText(r.verdictText, inner - 4, measure),
  ]);
  const lines = Math.max(1, ...wrapped.map((l) => l.length));
  const barH = 16;
  const top = 8;
  const step = top + lines * LINE_HEIGHT + 4 + barH + 8;
  const barOff = top + lines * LINE_HEIGHT + 4 + barH / 2 - step / 2;
  const signals: ChartSignals = { ...SHARE_LAYOUT, nameDy: barOff - barH / 2 - 4, barH, barOff, y_step: step };
  return { signals, rows: rows.map((r, i) => ({ ...r, nameLines: wrapped[i] })), key: wrapped.flat().join('|') };
}
