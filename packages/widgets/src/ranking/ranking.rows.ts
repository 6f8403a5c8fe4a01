/**
 * The rows of `<tiendo-ranking>`: one template per row, the header's labels, and where a bar ends.
 * @module
 */
import { formatAttainment, formatNumber, STATUS_TEXT, type Locale } from '@tiendo/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { RankingRow } from './ranking.js';

/** Bars stop growing past 250%; the figures still say the real value. */
export const MAX_SCALE = 2.5;

/**
 * One row. 700 rows are rendered at once and Lit commits each part of each row, so the common
 * row (a bar, no note, not highlighted) has one template per rank cell (shared rank or not) with
 * few dynamic parts and no nested template; the status is one attribute of the figure line. The
 * highlighted row and rows without a bar or with a note take the general template. The 100%
 * line's place is computed once per render. Bar sizes are `width` attributes of empty `<svg>`
 * boxes, never a `style` (a strict `style-src` keeps them in server-rendered HTML).
 */
export function rankingRow(r: RankingRow, locale: Locale, scale: number, line: string, tied: string, highlight: string | undefined): TemplateResult {
  const value = r.target !== null ? `${formatNumber(r.actual, { locale })}/${formatNumber(r.target, { locale })}` : formatNumber(r.actual, { locale });
  const pct = (r.target ? formatAttainment(r.actual, r.target, { locale }) : null) ?? STATUS_TEXT[locale]['no-target'];
  // The status in words on every row (“vượt chỉ tiêu”, “chậm tiến độ”); “chưa có chỉ tiêu” is already the percent's place.
  const word = r.status === 'no-target' ? '' : STATUS_TEXT[locale][r.status];
  const rank = r.rank ?? '–';
  const name = r.illustrative ? `${r.unit.name}*` : r.unit.name;
  const a = r.attainment;
  const highlighted = r.unit.id === highlight;
  if (a !== null && !highlighted && !r.note) {
    const fill = a >= 1 ? 'bar-fill over' : 'bar-fill';
    const w = barPos(a, scale);
    return r.tied
      ? html`<tr part="row" data-unit=${r.unit.id}>
    <td part="rank" class="c-rank"><span class="num">${rank}</span> <span part="tie" class="tie">${tied}</span></td>
    <th scope="row" class="c-name">${name}</th>
    <td class="c-actual num">${value}</td>
    <td class="c-pct"><div class="cell"><span class="fig" data-status=${r.status}><span class="fold num" aria-hidden="true" data-figure=${value}></span><span class="pct num">${pct}</span> <span part="status" class="word">${word}</span></span><span part="bar" class="bar-track" aria-hidden="true"><svg part="fill" class=${fill} width=${w} height="100%" aria-hidden="true" focusable="false"></svg><span class="bar-place"><svg class="bar-spacer" width=${line} height="1" aria-hidden="true" focusable="false"></svg><span part="target-line" class="line100"></span></span></span></div></td>
  </tr>`
      : html`<tr part="row" data-unit=${r.unit.id}>
    <td part="rank" class="c-rank">${rank}</td>
    <th scope="row" class="c-name">${name}</th>
    <td class="c-actual num">${value}</td>
    <td class="c-pct"><div class="cell"><span class="fig" data-status=${r.status}><span class="fold num" aria-hidden="true" data-figure=${value}></span><span class="pct num">${pct}</span> <span part="status" class="word">${word}</span></span><span part="bar" class="bar-track" aria-hidden="true"><svg part="fill" class=${fill} width=${w} height="100%" aria-hidden="true" focusable="false"></svg><span class="bar-place"><svg class="bar-spacer" width=${line} height="1" aria-hidden="true" focusable="false"></svg><span part="target-line" class="line100"></span></span></span></div></td>
  </tr>`;
  }
  const rankCell = r.tied ? html`<span class="num">${rank}</span> <span part="tie" class="tie">${tied}</span>` : rank;
  const note = r.note ? html`<span part="note" class="note">${r.note}</span>` : nothing;
  const bar = a === null ? nothing
    : html`<span part="bar" class="bar-track" aria-hidden="true"><svg part="fill" class=${a >= 1 ? 'bar-fill over' : 'bar-fill'} width=${barPos(a, scale)} height="100%" aria-hidden="true" focusable="false"></svg><span class="bar-place"><svg class="bar-spacer" width=${line} height="1" aria-hidden="true" focusable="false"></svg><span part="target-line" class="line100"></span></span></span>`;
  return html`<tr part=${highlighted ? 'row row-highlight' : 'row'} class=${highlighted ? 'hl' : ''} aria-current=${highlighted ? 'true' : nothing} data-unit=${r.unit.id}>
    <td part="rank" class="c-rank">${rankCell}</td>
    <th scope="row" class="c-name">${name}</th>
    <td class="c-actual num">${value}</td>
    <td class="c-pct"><div class="cell"><span class="fig" data-status=${r.status}><span class="fold num" aria-hidden="true" data-figure=${value}></span><span class="pct num">${pct}</span>${word ? html` <span part="status" class="word">${word}</span>` : nothing}</span>${bar}</div>${note}</td>
  </tr>`;
}

/** A header label that may wrap only after a “/” (“Thực hiện/” “Chỉ tiêu”), never inside a word. */
export function labelParts(text: string): TemplateResult[] {
  return text.split(/(?<=\/)/).map((p, i) => (i ? html`<wbr /><span class="nw">${p}</span>` : html`<span class="nw">${p}</span>`));
}

/** Where `x` (an attainment) falls on a bar whose right end is `scale`, as a CSS percentage. */
export function barPos(x: number, scale: number): string {
  return `${(Math.min(x, MAX_SCALE) / scale) * 100}%`;
}
