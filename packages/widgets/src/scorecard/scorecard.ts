import {
  describeFigure, describeHead, describePrinted, describeSector, describeThreshold, formatAttainment, formatNumber, localize, progressFigure, qualityFigures,
  sharePercent, STATUS_TEXT, strongWord, uniqueSources, unitScope, type Dataset, type Locale, type Period, type ProgressFigure, type QualityFigure, type Unit,
} from '@tiendo/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { illustrativeOf, TiendoElement, type Provenance } from '../shared/base-element.js';
import { requireSelection, requireUnit } from '../shared/selection.js';
import { scorecardStyles } from './scorecard.styles.js';

/** One metric's headline figures. */
export interface ScorecardFigure extends ProgressFigure {
  /** The note when a printed percent disagrees with the figures. */
  note: string | null;
}

/** What `<tiendo-scorecard>` shows. */
export interface ScorecardModel {
  unit: Unit;
  period: Period;
  figures: ScorecardFigure[];
  /** Strong-CĐCS shares per sector, when the unit is rated for the period. */
  quality: QualityFigure[];
  scheme: string | undefined;
  summary: string;
}

const TEXT = {
  vi: { strong: (w: string) => `Tỉ lệ CĐCS ${w}`, target: 'chỉ tiêu' },
  en: { strong: (w: string) => `Grassroots unions ${w}`, target: 'target' },
} satisfies Record<Locale, Record<string, unknown>>;

/**
 * Headline figures for one unit and period: for each metric, actual / target, the percent of
 * target and the pace status in words (“vượt chỉ tiêu”, “chậm tiến độ” …); and the share of
 * strong grassroots unions per sector against its threshold when the unit is rated.
 *
 * @summary Headline figures of one unit for one period.
 * @tag tiendo-scorecard
 *
 * @csspart base - The group (its accessible name is the summary sentence).
 * @csspart head - Unit and period line.
 * @csspart figures - The list of headline figures.
 * @csspart figure - One metric's card.
 * @csspart label - The metric name on a card.
 * @csspart value - Actual / target.
 * @csspart percent - The percent of target.
 * @csspart status - The status in words.
 * @csspart bar - The small bar of a card.
 * @csspart fill - The bar up to the figure.
 * @csspart note - The note when a printed percent disagrees with the figures.
 * @csspart quality - The strong-CĐCS card.
 * @csspart verdict - Pass or fail of a sector in words with the comparison.
 * @csspart summary - The one-sentence summary (visually hidden).
 *
 * @cssproperty --tiendo-color-text - Text colour (default #1d1d1f, dark #ececef).
 * @cssproperty --tiendo-color-muted - Secondary text colour (default #5b5b66, dark #a9a9b4).
 * @cssproperty --tiendo-color-surface - Card background (default #f4f4f6, dark #23232a).
 * @cssproperty --tiendo-color-bar - Bar colour (default #0b5cad, dark #6cb2ff).
 * @cssproperty --tiendo-color-over - Bar colour over 100% (default #0a7a3d, dark #4fd08a).
 * @cssproperty --tiendo-color-track - Bar track colour (default #e3e3e8, dark #3a3a44).
 * @cssproperty --tiendo-color-good - Colour of good statuses (always with words; default #0a7a3d, dark #4fd08a).
 * @cssproperty --tiendo-color-bad - Colour of bad statuses (always with words; default #b3261e, dark #ff8a80).
 * @cssproperty --tiendo-color-warn - Colour of notes (default #8a5a00, dark #ffcc66).
 * @cssproperty --tiendo-font-size - Base font size (default 1rem).
 *
 */
export class TiendoScorecard extends TiendoElement<ScorecardModel> {
  static override styles = [...TiendoElement.styles, scorecardStyles];

  /** Rating scheme id for the strong-CĐCS share (`vung-manh`, `hoan-thanh-tot`); default: the first rated. */
  @property() scheme?: string;

  /** The one-sentence summary of what is shown (empty until ready). */
  get summary(): string {
    return this.model?.summary ?? '';
  }

  protected override selectionKeys(): PropertyKey[] {
    return [...super.selectionKeys(), 'scheme'];
  }

  protected override reservedHeight(): string {
    // Sized for a 480 px container; `--_reserve-delta` (in the styles) adjusts it by container width.
    // Head line (1.45rem) + gap + two figure cards (label, value, noun, bar, status line ≈ 4.3rem each,
    // side by side at the default width, plus the quality card) + footer (gap + four 0.8125em lines).
    return 'calc(1.45rem + 0.5rem + 9.15rem + 0.5rem + 5.9rem + var(--_reserve-delta, 0rem))';
  }

  protected override select(dataset: Dataset): ScorecardModel | null {
    const locale = this.uiLocale;
    const unit = requireUnit(dataset, this.unit, locale);
    const { period } = requireSelection(dataset, { period: this.period }, locale, unitScope(dataset, unit.id), { figures: 'both', metric: false });
    const metrics = this.metric ? dataset.metrics.filter((m) => m.id === this.metric) : dataset.metrics;
    const figures: ScorecardFigure[] = [];
    for (const metric of metrics) {
      const f = progressFigure(dataset, { unit, metric, period });
      if (f) figures.push({ ...f, note: describePrinted(f.printed, f.actual, (metric.kind === 'share' ? f.of : f.target) ?? 0, locale) });
    }
    const { scheme, sectors: quality } = this.metric ? { scheme: undefined, sectors: [] } : qualityFigures(dataset, { unit: unit.id, period: period.id, scheme: this.scheme });
    if (!figures.length && !quality.length) return null;
    const clauses = [...figures.map((f) => describeFigure(f, locale)), ...quality.map((q) => describeSector(q, scheme, locale))];
    return { unit, period, figures, quality, scheme, summary: `${describeHead(unit.name, localize(period.label, locale), locale)}: ${clauses.join('; ')}.` };
  }

  protected override provenance(m: ScorecardModel): Provenance {
    return {
      sources: uniqueSources([...m.figures.flatMap((f) => f.sources), ...m.quality.flatMap((q) => q.sources)]),
      illustrative: illustrativeOf([...m.figures.map((f) => f.illustrative), ...m.quality.map((q) => q.illustrative)]),
      csv: { units: [m.unit.id], metrics: m.figures.map((f) => f.metric.id), periods: [m.period.id], ratings: m.quality.length > 0, ratingUnits: m.quality.flatMap((q) => q.units), ...(m.scheme ? { schemes: [m.scheme] } : {}) },
    };
  }

  protected override renderModel(m: ScorecardModel): TemplateResult {
    const locale = this.uiLocale;
    return html`<div part="base" class="scorecard" role="group" aria-label=${m.summary}>
      <div part="head" class="head">
        <span>${m.unit.name}</span>
        <span class="period">${localize(m.period.label, locale)}</span>
      </div>
      <ul part="figures" class="figures" role="list">
        ${m.figures.map((f) => this.renderFigure(f))}
        ${m.quality.length ? this.renderQuality(m) : nothing}
      </ul>
      <p part="summary" class="visually-hidden">${m.summary}</p>
    </div>`;
  }

  private renderFigure(f: ScorecardFigure): TemplateResult {
    const locale = this.uiLocale;
    const noun = localize(f.metric.noun, locale);
    const pct = f.target ? formatAttainment(f.actual, f.target, { locale }) : null;
    const ratio = f.target ? f.actual / f.target : 0;
    return html`<li part="figure" class="card" data-metric=${f.metric.id}>
      <span part="label" class="label">${localize(f.metric.labels, locale)}</span>
      <span part="value" class="value num">${formatNumber(f.actual, { locale })}${f.target !== null ? html`<span class="of">/${formatNumber(f.target, { locale })}</span>` : nothing}${f.illustrative ? '*' : ''}</span>
      <span class="noun">${noun}${f.target !== null ? ` · ${TEXT[locale].target} ${formatNumber(f.target, { locale })}` : ''}</span>
      ${f.target
        ? html`<div part="bar" class="bar-track" aria-hidden="true"><svg part="fill" class=${ratio >= 1 ? 'bar-fill over' : 'bar-fill'} width=${`${Math.min(ratio, 1) * 100}%`} height="100%" aria-hidden="true" focusable="false"></svg></div>`
        : nothing}
      <span class="line">
        ${pct ? html`<span part="percent" class="pct num">${pct}</span>` : nothing}
        <span part="status" class="status" data-status=${f.status}>${STATUS_TEXT[locale][f.status]}</span>
      </span>
      ${f.note ? html`<span part="note" class="note">${f.note}</span>` : nothing}
    </li>`;
  }

  private renderQuality(m: ScorecardModel): TemplateResult {
    const locale = this.uiLocale;
    return html`<li part="quality" class="card quality">
      <span part="label" class="label">${TEXT[locale].strong(strongWord(m.scheme, locale))}</span>
      ${m.quality.map(
        (q) => html`<span class="sector">
          <span class="sector-name">${localize(q.sector.labels, locale)}${q.illustrative ? '*' : ''}</span>
          <span class="value small num">${sharePercent(q.share, q.threshold?.share ?? null, locale)}</span>
          ${q.result ? html`<span part="verdict" class="status" data-status=${q.result.pass ? 'met' : 'not-met'}>${describeThreshold(q.result, locale)}</span>` : nothing}
        </span>`,
      )}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-scorecard': TiendoScorecard;
  }
}
