import {
  describeHead, describePrinted, describeRule, describeSector, describeThreshold, formatNumber, localize, qualityFigures, sharePercent, strongWord,
  uniqueSources, unitScope, type Dataset, type Locale, type Period, type QualityFigure, type Unit,
} from '@tiendo/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { illustrativeOf, TiendoElement, type Provenance } from '../shared/base-element.js';
import { requireSelection, requireUnit } from '../shared/selection.js';
import { strongShareStyles } from './strong-share.styles.js';

/** One sector as shown. */
export interface StrongShareRow extends QualityFigure {
  /** The note when a printed percent disagrees with the counts. */
  note: string | null;
}

/** What `<tiendo-strong-share>` shows. */
export interface StrongShareModel {
  unit: Unit;
  period: Period;
  scheme: string | undefined;
  sectors: StrongShareRow[];
  summary: string;
}

const TEXT = {
  vi: { threshold: 'Ngưỡng', of: (s: string, e: string) => html`<span class="num">${s}/${e}</span> CĐCS`, summed: 'cộng từ các đơn vị trực thuộc', title: 'Tỉ lệ CĐCS' },
  en: { threshold: 'Threshold', of: (s: string, e: string) => html`<span class="num">${s} of ${e}</span> grassroots unions`, summed: 'summed over the units below', title: 'Share of grassroots unions' },
} satisfies Record<Locale, Record<string, unknown>>;

/**
 * The share of grassroots unions (CĐCS) rated strong in each sector against the sector's
 * threshold (the dataset's, else the defaults: more than 90% in the state sector, 50% or more
 * outside it), with pass or fail in words and the comparison (“Đạt: 92,0%, trên mức 90%”,
 * “Không đạt: 45,0%, dưới mức 50%”) and a bar per sector with the threshold marked.
 *
 * @summary Share of strong grassroots unions per sector against its threshold.
 * @tag tiendo-strong-share
 *
 * @csspart base - The group (its accessible name is the summary sentence).
 * @csspart head - Unit and period line.
 * @csspart sectors - The list of sectors.
 * @csspart sector - One sector.
 * @csspart share - The share in percent.
 * @csspart counts - Strong / evaluated counts.
 * @csspart bar - The bar track of a sector.
 * @csspart fill - The share on the bar.
 * @csspart threshold-marker - The threshold on the bar.
 * @csspart rule - The threshold as readers say it (“Ngưỡng: trên 90%”).
 * @csspart verdict - Pass or fail in words with the comparison.
 * @csspart note - The note when a printed percent disagrees with the counts.
 * @csspart summary - The one-sentence summary (visually hidden).
 *
 * @cssproperty --tiendo-color-text - Text colour (default #1d1d1f, dark #ececef).
 * @cssproperty --tiendo-color-muted - Secondary text colour (default #5b5b66, dark #a9a9b4).
 * @cssproperty --tiendo-color-surface - Background of states and buttons (default #f4f4f6, dark #23232a).
 * @cssproperty --tiendo-color-bar - Bar colour (default #0b5cad, dark #6cb2ff).
 * @cssproperty --tiendo-color-track - Bar track colour (default #e3e3e8, dark #3a3a44).
 * @cssproperty --tiendo-color-target - Threshold marker colour (default #1d1d1f, dark #ececef).
 * @cssproperty --tiendo-color-good - Colour of a pass (always with words; default #0a7a3d, dark #4fd08a).
 * @cssproperty --tiendo-color-bad - Colour of a fail (always with words; default #b3261e, dark #ff8a80).
 * @cssproperty --tiendo-color-warn - Colour of notes (default #8a5a00, dark #ffcc66).
 * @cssproperty --tiendo-font-size - Base font size (default 1rem).
 *
 */
export class TiendoStrongShare extends TiendoElement<StrongShareModel> {
  static override styles = [...TiendoElement.styles, strongShareStyles];

  /** Rating scheme id (`vung-manh`, `hoan-thanh-tot`) when the dataset has several; default: the first rated. */
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
    // Head line (1.45rem) + gap + the sector cards (two rows ≈ 12.9rem) + footer (gap + four 0.8125em lines).
    return 'calc(1.45rem + 0.5rem + 12.9rem + 0.5rem + 5.9rem + var(--_reserve-delta, 0rem))';
  }

  protected override select(dataset: Dataset): StrongShareModel | null {
    const locale = this.uiLocale;
    if (!dataset.qualityRatings.length) return null;
    const unit = requireUnit(dataset, this.unit, locale, 'ratings');
    const { period } = requireSelection(dataset, { period: this.period }, locale, unitScope(dataset, unit.id), { figures: 'ratings', metric: false });
    const { scheme, sectors: views } = qualityFigures(dataset, { unit: unit.id, period: period.id, scheme: this.scheme });
    if (!views.length) return null;
    const sectors = views.map((v) => ({
      ...v,
      note: v.printedCheck ? describePrinted({ text: v.printed!, check: v.printedCheck }, ...(v.evaluated && v.strong !== null ? [v.strong, v.evaluated] as const : [v.share, 1] as const), locale) : null,
    }));
    const summary = `${describeHead(unit.name, localize(period.label, locale), locale)}: ${sectors.map((s) => describeSector(s, scheme, locale)).join('; ')}.`;
    return { unit, period, scheme, sectors, summary };
  }

  protected override provenance(m: StrongShareModel): Provenance {
    return {
      sources: uniqueSources(m.sectors.flatMap((s) => s.sources)),
      illustrative: illustrativeOf(m.sectors.map((s) => s.illustrative)),
      csv: { units: [m.unit.id], periods: [m.period.id], metrics: [], ratings: true, ratingUnits: m.sectors.flatMap((s) => s.units), ...(m.scheme ? { schemes: [m.scheme] } : {}) },
    };
  }

  protected override renderModel(m: StrongShareModel): TemplateResult {
    const locale = this.uiLocale;
    const w = TEXT[locale];
    return html`<div part="base" class="strong-share" role="group" aria-label=${m.summary}>
      <div part="head" class="head">
        <span>${m.unit.name} · ${w.title} ${strongWord(m.scheme, locale)}</span>
        <span class="period">${localize(m.period.label, locale)}</span>
      </div>
      <ul part="sectors" class="sectors" role="list">
        ${m.sectors.map((s) => this.renderSector(s))}
      </ul>
      <p part="summary" class="visually-hidden">${m.summary}</p>
    </div>`;
  }

  private renderSector(s: StrongShareRow): TemplateResult {
    const locale = this.uiLocale;
    const w = TEXT[locale];
    const pass = s.result ? (s.result.pass ? 'pass' : 'fail') : 'none';
    const pct = (x: number) => `${Math.min(Math.max(x, 0), 1) * 100}%`;
    return html`<li part="sector" class="sector" data-sector=${s.sector.id} data-pass=${pass}>
      <div class="line">
        <span class="label">${localize(s.sector.labels, locale)}${s.illustrative ? '*' : ''}</span>
        <span part="share" class="share num">${sharePercent(s.share, s.threshold?.share ?? null, locale)}</span>
      </div>
      <div part="bar" class="bar-track" aria-hidden="true">
        <svg part="fill" class="bar-fill" width=${pct(s.share)} height="100%" aria-hidden="true" focusable="false"></svg>
        ${s.threshold
          ? html`<div class="bar-place"><svg class="bar-spacer" width=${pct(s.threshold.share)} height="1" aria-hidden="true" focusable="false"></svg><div part="threshold-marker" class="marker"></div></div>`
          : nothing}
      </div>
      <div class="line small">
        ${s.evaluated !== null && s.strong !== null
          ? html`<span part="counts">${w.of(formatNumber(s.strong, { locale }), formatNumber(s.evaluated, { locale }))} ${strongWord(this.model?.scheme, locale)}${s.source === 'sum' ? ` (${w.summed})` : ''}</span>`
          : nothing}
        <span part="rule" class="rule">${w.threshold}: ${describeRule(s, locale)}</span>
      </div>
      <div class="outcome">
        <strong part="verdict" class="verdict" data-pass=${pass}>${s.result ? describeThreshold(s.result, locale) : describeRule(s, locale)}</strong>
        ${s.note ? html`<p part="note" class="note">${s.note}</p>` : nothing}
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-strong-share': TiendoStrongShare;
  }
}
