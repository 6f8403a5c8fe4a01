import {
  aggregate, formatAttainment, formatNumber, localize, pace, progressStatus, STATUS_TEXT,
  type Dataset, type Locale, type Metric, type Period, type ProgressStatus, type Source, type Unit,
} from '@tiendo/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from '../shared/css-style-map.js';
import { illustrativeOf, TiendoElement, uniqueSources, type Provenance } from '../shared/base-element.js';
import { isIllustrative, requirePeriod, requireUnit } from '../shared/selection.js';
import { lowerFirst } from '../shared/words.js';
import { ratedScope, schemeOf, sectorClause, sectorViews, sharePercent, strongWord, verdictText, type SectorView } from '../strong-share/quality.js';
import { scorecardStyles } from './scorecard.styles.js';

/** One metric's headline figures. */
export interface ScorecardFigure {
  metric: Metric;
  actual: number;
  target: number | null;
  attainment: number | null;
  status: ProgressStatus;
  note: string | null;
  illustrative: boolean;
  sources: Source[];
}

/** What `<tiendo-scorecard>` shows. */
export interface ScorecardModel {
  unit: Unit;
  period: Period;
  figures: ScorecardFigure[];
  /** Strong-CĐCS shares per sector, when the unit is rated for the period. */
  quality: SectorView[];
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
    const scope = ratedScope(dataset, unit.id);
    const period = this.period ? requirePeriod(dataset, this.period, locale) : latestPeriod(dataset, scope) ?? requirePeriod(dataset, undefined, locale, unit.id);
    const metrics = this.metric ? dataset.metrics.filter((m) => m.id === this.metric) : dataset.metrics;
    const figures: ScorecardFigure[] = [];
    for (const metric of metrics) {
      const node = aggregate(dataset, { metric: metric.id, period: period.id, unit: unit.id }).byUnit.get(unit.id);
      if (!node || node.actual === null) continue;
      const actualRow = node.actualIndex !== null ? dataset.actuals[node.actualIndex] : undefined;
      const targetRow = node.targetIndex !== null ? dataset.targets[node.targetIndex] : undefined;
      const target = node.target;
      const p = target && target > 0 ? pace({ actual: node.actual, target, start: period.start, end: period.end, ...(node.asOf ? { asOf: node.asOf } : {}) }) : null;
      figures.push({
        metric, actual: node.actual, target, attainment: target ? node.attainment : null,
        status: progressStatus(node.actual, target, p),
        note: this.printedNote(node.actual, target, actualRow?.printed),
        illustrative: isIllustrative(dataset, node),
        sources: uniqueSources([actualRow?.source, targetRow?.source]),
      });
    }
    const scheme = schemeOf(dataset, unit.id, period.id, this.scheme);
    const quality = this.metric ? [] : sectorViews(dataset, unit.id, period.id, scheme);
    if (!figures.length && !quality.length) return null;
    const clauses = figures.map((f) => {
      const verb = localize(f.metric.verb, locale) || (locale === 'vi' ? 'đạt' : 'reached');
      const noun = localize(f.metric.noun, locale).trim();
      const a = formatNumber(f.actual, { locale });
      const status = STATUS_TEXT[locale][f.status];
      if (!f.target) return `${verb} ${a} ${noun} (${status})`;
      const t = formatNumber(f.target, { locale });
      const pct = formatAttainment(f.actual, f.target, { locale });
      return locale === 'vi' ? `${verb} ${a}/${t} ${noun} (${pct}, ${status})` : `${a} of ${t} ${noun} ${verb} (${pct}, ${status})`;
    });
    clauses.push(...quality.map((q) => sectorClause(q, scheme, locale)));
    const head = locale === 'vi' ? `${unit.name} ${lowerFirst(localize(period.label, locale))}` : `${unit.name}, ${localize(period.label, locale)}`;
    return { unit, period, figures, quality, scheme, summary: `${head}: ${clauses.join('; ')}.` };
  }

  protected override provenance(m: ScorecardModel): Provenance {
    return {
      sources: uniqueSources([...m.figures.flatMap((f) => f.sources), ...m.quality.flatMap((q) => q.sources)]),
      illustrative: illustrativeOf([...m.figures.map((f) => f.illustrative), ...m.quality.map((q) => q.illustrative)]),
      csv: { units: [m.unit.id], metrics: m.figures.map((f) => f.metric.id), periods: [m.period.id] },
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
        ? html`<div part="bar" class="bar-track" aria-hidden="true"><div part="fill" class=${ratio > 1 ? 'bar-fill over' : 'bar-fill'} style=${styleMap({ width: `${Math.min(ratio, 1) * 100}%` })}></div></div>`
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
          ${q.result ? html`<span part="verdict" class="status" data-status=${q.result.pass ? 'met' : 'not-met'}>${verdictText(q.result, locale)}</span>` : nothing}
        </span>`,
      )}
    </li>`;
  }
}

/** The latest-ending period with an actual or a rating for a unit in `scope`. */
function latestPeriod(dataset: Dataset, scope: ReadonlySet<string>): Period | undefined {
  const used = new Set<string>();
  for (const a of dataset.actuals) if (scope.has(a.unit)) used.add(a.period);
  for (const q of dataset.qualityRatings) if (scope.has(q.unit)) used.add(q.period);
  return dataset.periods.filter((p) => used.has(p.id)).reduce<Period | undefined>((b, p) => (!b || p.end > b.end ? p : b), undefined);
}

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-scorecard': TiendoScorecard;
  }
}
