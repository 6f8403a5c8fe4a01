import {
  describePrinted, describeProgress, formatAttainment, formatNumber, localize, progressFigure, STATUS_TEXT, unitScope, type Dataset, type ProgressFigure,
} from '@tiendo/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { illustrativeOf, TiendoElement, type Provenance } from '../shared/base-element.js';
import { formatDate } from '../shared/i18n.js';
import { requireSelection, requireUnit } from '../shared/selection.js';
import { progressStyles } from './progress.styles.js';

/** What `<tiendo-progress>` shows: the SDK's figure, its sentence, the printed-figure note and the footer's facts. */
export interface ProgressModel extends ProgressFigure {
  summary: string;
  note: string | null;
  provenance: Provenance;
}

/** Bars stop growing past this attainment (250%); the figures still say the real value. */
const MAX_SCALE = 2.5;

/**
 * One unit, one metric, one period: a bar with actual / target and the percent, the part over
 * 100% drawn as an overflow with the target marked, an expected-by-now marker while the period
 * runs, and the status in words (“vượt chỉ tiêu”, “cán đích sớm”, “đúng tiến độ”, “chậm tiến độ”).
 *
 * @summary Progress of one unit against its target.
 * @tag tiendo-progress
 *
 * @csspart base - The progress group (its accessible name is the summary sentence).
 * @csspart head - Unit, metric and period line.
 * @csspart bar - The progressbar track.
 * @csspart fill - The part of the bar up to the target.
 * @csspart overflow - The part of the bar beyond 100%.
 * @csspart target-marker - The 100% mark (shown when the target is reached or passed).
 * @csspart expected-marker - Where the straight line expects the figure by its date (not in `compact`).
 * @csspart figures - Actual / target, percent and status.
 * @csspart status - The status in words.
 * @csspart note - The note when a printed percent disagrees with the figures.
 * @csspart summary - The one-sentence summary.
 *
 * @cssproperty --tiendo-color-text - Text colour.
 * @cssproperty --tiendo-color-muted - Secondary text colour.
 * @cssproperty --tiendo-color-bar - Bar colour up to the target.
 * @cssproperty --tiendo-color-over - Bar colour beyond 100%.
 * @cssproperty --tiendo-color-track - Bar track colour.
 * @cssproperty --tiendo-color-target - 100% marker colour.
 * @cssproperty --tiendo-color-expected - Expected-by-now marker colour.
 * @cssproperty --tiendo-color-good - Colour of good statuses (always with words).
 * @cssproperty --tiendo-color-bad - Colour of bad statuses (always with words).
 *
 */
export class TiendoProgress extends TiendoElement<ProgressModel> {
  static override styles = [...TiendoElement.styles, progressStyles];

  /** Part of a sentence in running text: a small bar, the figures and the status, wrapping as words do; no footer. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The one-sentence summary of what is shown (empty until ready). */
  get summary(): string {
    return this.model?.summary ?? '';
  }

  protected override selectionKeys(): PropertyKey[] {
    return [...super.selectionKeys(), 'compact'];
  }

  protected override hasFooter(): boolean {
    return !this.compact;
  }

  /**
   * In running text, the figures written inside the element (what readers without JavaScript see)
   * stay while the data loads, after the bar's room: the sentence keeps its line breaks.
   */
  protected override renderLoading(): TemplateResult {
    if (!this.compact) return super.renderLoading();
    return html`<span part="loading" class="pending" role="status" aria-live="polite"><span class="visually-hidden">${this.t.loading}</span><span class="pending-bar" aria-hidden="true"></span><slot></slot></span>`;
  }

  protected override reservedHeight(): string {
    // Sized for a 480 px container; `--_reserve-delta` (in the styles) adjusts it by container width.
    // Head line (1.45rem) + bar (0.75rem) + figures (1.25em × 1.45) + pace legend (0.8125em × 1.45)
    // + 3 gaps (0.375rem), then the footer (gap + three 0.8125em lines, the last one with the 2rem button).
    // Compact: one line of running text (1.45em + the bar's overhang).
    return this.compact ? '1.52em' : 'calc(1.45rem + 0.75rem + 1.8125rem + 1.178rem + 3 * 0.375rem + 0.5rem + 4.6rem + var(--_reserve-delta, 0rem))';
  }

  protected override select(dataset: Dataset): ProgressModel | null {
    const locale = this.uiLocale;
    const unit = requireUnit(dataset, this.unit, locale);
    const { metric, period } = requireSelection(dataset, this, locale, unitScope(dataset, unit.id));
    const f = metric && progressFigure(dataset, { unit, metric, period });
    if (!f) return null;
    return {
      ...f,
      summary: describeProgress({ unitName: unit.name, metric: f.metric, actual: f.actual, target: f.target, status: f.status, locale }),
      note: describePrinted(f.printed, f.actual, (f.metric.kind === 'share' ? f.of : f.target) ?? 0, locale),
      provenance: {
        sources: f.sources,
        illustrative: illustrativeOf([f.illustrative]),
        csv: { units: [unit.id], metrics: [f.metric.id], periods: [period.id] },
      },
    };
  }

  protected override provenance(m: ProgressModel): Provenance {
    return m.provenance;
  }

  protected override renderModel(m: ProgressModel): TemplateResult {
    const locale = this.uiLocale;
    const noun = localize(m.metric.noun, locale);
    const value = m.target !== null ? `${formatNumber(m.actual, { locale })}/${formatNumber(m.target, { locale })}` : formatNumber(m.actual, { locale });
    const pct = m.target ? formatAttainment(m.actual, m.target, { locale }) : null;
    const statusText = STATUS_TEXT[locale][m.status];
    // No white space at either end: inside a sentence it would let the “.” after the element wrap alone.
    const figures = html`<span part="figures" class="figures"><span class="value num">${value}${m.illustrative ? '*' : ''}</span><span class="noun">${noun}</span>
      ${pct ? html`<span class="pct num">${pct}</span>` : nothing}
      <span part="status" class="status" data-status=${m.status}>${statusText}</span></span>`;
    if (this.compact) {
      return html`<span part="base" class="progress" role="group" aria-label=${m.summary}>${this.renderBar(m, value, pct)}${figures}</span>`;
    }
    const asOfText = m.asOf && m.asOf < m.period.end ? ` · ${locale === 'vi' ? 'đến' : 'as of'} ${formatDate(m.asOf, locale)}` : '';
    return html`<div part="base" class="progress" role="group" aria-label=${m.summary}>
      <div part="head" class="head">
        <span>${m.unit.name} · ${localize(m.metric.labels, locale)}</span>
        <span class="period">${localize(m.period.label, locale)}${asOfText}</span>
      </div>
      ${this.renderBar(m, value, pct)}
      ${figures}
      ${m.pace && m.pace.elapsed < 1 && m.target
        ? html`<span class="legend">${locale === 'vi' ? 'Vạch đứt: mức cần đạt theo tiến độ' : 'Dashed line: where a steady pace would be'}
            (${formatNumber(Math.round(m.pace.expected), { locale })} ${noun})</span>`
        : nothing}
      ${m.note ? html`<p part="note" class="note">${m.note}</p>` : nothing}
      <p part="summary" class="summary visually-hidden">${m.summary}</p>
    </div>`;
  }

  private renderBar(m: ProgressModel, value: string, pct: string | null): TemplateResult | typeof nothing {
    if (!m.target) return nothing;
    const ratio = m.actual / m.target;
    const scale = Math.max(1, Math.min(ratio, MAX_SCALE));
    // Where an attainment falls on the bar, in percent of its width (plain numbers: the sizes are
    // the `width` attributes of `<svg>` boxes, never a style, so a strict `style-src` allows them).
    const pos = (r: number) => (Math.min(r, MAX_SCALE) / scale) * 100;
    // In running text the bar is a few letters wide: no pace marker there (the status says the pace).
    const expected = m.pace && m.pace.elapsed < 1 ? m.pace.elapsed : null;
    const target = ratio > 1 || (ratio === 1 && !this.compact) ? at(pos(1), html`<div part="target-marker" class="marker target"></div>`) : nothing;
    return html`<div
      part="bar"
      class="bar-track"
      role="progressbar"
      aria-label=${`${localize(m.metric.labels, this.uiLocale)}: ${m.unit.name}`}
      aria-valuemin="0"
      aria-valuemax=${Math.max(m.target, m.actual)}
      aria-valuenow=${m.actual}
      aria-valuetext=${`${value} ${localize(m.metric.noun, this.uiLocale)}${pct ? `, ${pct}` : ''}, ${STATUS_TEXT[this.uiLocale][m.status]}`}
    >
      <svg part="fill" class=${ratio >= 1 ? 'bar-fill over' : 'bar-fill'} width=${`${pos(Math.min(ratio, 1))}%`} height="100%" aria-hidden="true" focusable="false"></svg>
      ${ratio > 1 ? at(pos(1), html`<svg part="overflow" class="bar-over" width=${`${pos(ratio) - pos(1)}%`} height="100%" aria-hidden="true" focusable="false"></svg>`) : nothing}
      ${target}
      ${expected !== null && !this.compact ? at(pos(expected), html`<div part="expected-marker" class="marker expected"></div>`) : nothing}
    </div>`;
  }
}

/**
 * `content` placed `start` percent along the bar from its inline start (right in RTL): a flex row
 * over the track whose first box, an empty `<svg>` as wide as `start`, pushes `content` there.
 */
function at(start: number, content: TemplateResult): TemplateResult {
  return html`<div class="bar-place"><svg class="bar-spacer" width=${`${start}%`} height="1" aria-hidden="true" focusable="false"></svg>${content}</div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-progress': TiendoProgress;
  }
}
