import {
  aggregate, defaultParent, describePrinted, exactAttainment, figureOf, localize, rank, uniqueSources,
  type CsvSelection, type Dataset, type Metric, type Period, type ProgressFigure, type Unit,
} from '@tiendo/sdk';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { illustrativeOf, SelectionError, TiendoElement, type Provenance } from '../shared/base-element.js';
import { whenIdle } from '../shared/idle.js';
import { findTable } from '../shared/inline-data.js';
import { requireSelection, requireUnit } from '../shared/selection.js';
import { warmFormatters } from '../shared/warm-formatters.js';
import { UI } from '../shared/i18n.js';
import { describeRanking, RANKING_TEXT } from './ranking.text.js';
import { barPos, labelParts, MAX_SCALE, rankingRow } from './ranking.rows.js';
import { rankingMediaStyles } from './ranking.media.styles.js';
import { rankingStyles } from './ranking.styles.js';

/** One ranked unit: the SDK's figure, its rank and the printed-figure note. */
export interface RankingRow extends ProgressFigure {
  /** Competition rank (1, 2, 2, 4); `null` when the unit cannot be ranked on the sort key. */
  rank: number | null;
  /** True when the rank is shared (“đồng hạng”). */
  tied: boolean;
  /** The note when a printed percent disagrees with the figures. */
  note: string | null;
}

/** What `<tiendo-ranking>` shows. */
export interface RankingModel {
  parent: Unit | null;
  metric: Metric;
  period: Period;
  /** Metrics with figures for these units (the metric switch offers them when more than one). */
  metrics: Metric[];
  /** Every ranked row, in display order. */
  rows: RankingRow[];
  /** The attainment at the right end of the bars (1 = 100%, at most 2.5). */
  scale: number;
  summary: string;
}

/** How the rows are ranked. */
export type RankingSort = 'attainment' | 'actual';

/** Above this many rows, all rows are shown page by page. */
export const PAGINATE_ABOVE = 1000;
/** Rows per page when paginated. */
export const PAGE_SIZE = 500;
/** Skipped rows laid out per idle moment: about 10 ms of layout each. */
const LAY_OUT_BATCH = 100;
/** Height of one row while loading, in rem (keep in step with the styles). */
const ROW_REM = 3.14;

/**
 * The children of a unit (or any set of units) ranked by attainment of a metric, with competition
 * ranks and ties shown (“đồng hạng”), inline bars with a 100% line, a top-N view with a
 * “Xem tất cả” / “Thu gọn” toggle, a highlighted unit, a metric switch and sortable columns. A
 * real `<table>` whose caption is the one-sentence summary.
 *
 * @summary Units ranked by attainment of a target.
 * @tag tiendo-ranking
 *
 * @csspart base - The ranking group (its accessible name is the summary sentence).
 * @csspart controls - The line with the metric switch.
 * @csspart metric-switch - The metric `<select>` (shown when the dataset has several metrics).
 * @csspart table - The `<table>`.
 * @csspart caption - The table caption: the one-sentence summary.
 * @csspart sort-button - The buttons in the sortable column headers.
 * @csspart row - A table row; the highlighted one also has part `row-highlight`.
 * @csspart row-highlight - The row of the `highlight` unit.
 * @csspart rank - The rank cell.
 * @csspart tie - The “đồng hạng” word next to a shared rank.
 * @csspart status - The status of a row in words (“vượt chỉ tiêu”, “chậm tiến độ” …).
 * @csspart bar - The bar track in a row.
 * @csspart fill - The bar itself.
 * @csspart target-line - The 100% line on a bar.
 * @csspart note - The note when a printed percent disagrees with the figures.
 * @csspart toggle - The “Xem tất cả (N)” / “Thu gọn” button.
 * @csspart pager - Page buttons above 1000 rows.
 *
 * @cssproperty --tiendo-color-text - Text colour (default #1d1d1f, dark #ececef).
 * @cssproperty --tiendo-color-muted - Secondary text colour (default #5b5b66, dark #a9a9b4).
 * @cssproperty --tiendo-color-surface - Background of header, states and buttons (default #f4f4f6, dark #23232a).
 * @cssproperty --tiendo-color-bar - Bar colour up to 100% (default #0b5cad, dark #6cb2ff).
 * @cssproperty --tiendo-color-over - Bar colour of units over 100% (default #0a7a3d, dark #4fd08a).
 * @cssproperty --tiendo-color-track - Bar track and rule colour (default #e3e3e8, dark #3a3a44).
 * @cssproperty --tiendo-color-target - 100% line colour (default #1d1d1f, dark #ececef).
 * @cssproperty --tiendo-color-highlight - Background of the highlighted row (default #fff3c4, dark #4a3d10).
 * @cssproperty --tiendo-color-warn - Colour of notes (default #8a5a00, dark #ffcc66).
 * @cssproperty --tiendo-color-focus - Focus ring colour (default #0b5cad, dark #6cb2ff).
 * @cssproperty --tiendo-font-size - Base font size (default 1rem).
 *
 */
export class TiendoRanking extends TiendoElement<RankingModel> {
  static override styles = [...TiendoElement.styles, rankingStyles, rankingMediaStyles];

  /** Unit id whose children are ranked; default: the first top-level unit with children. */
  @property() parent?: string;

  /** Unit ids to rank instead of a parent's children (attribute: comma- or space-separated). */
  @property({ converter: { fromAttribute: (v: string | null) => (v ? v.split(/[\s,]+/).filter(Boolean) : undefined) } })
  units?: string[];

  /** Show only the first N rows with a “Xem tất cả (N)” toggle; 0 (default) shows all. */
  @property({ type: Number }) top = 0;

  /** Unit id of the row to mark (the unit the article is about); shown even when outside the top N. */
  @property() highlight?: string;

  /** Rank by `attainment` (default) or by `actual`. */
  @property() sort: RankingSort = 'attainment';

  /** `desc` (default: best first) or `asc`; ranks stay best = 1 either way. */
  @property() order: 'asc' | 'desc' = 'desc';

  /** True when every row is shown although `top` is set. */
  @state() private expanded = false;
  /** Current page (0-based) above 1000 rows. */
  @state() private page = 0;

  /** The one-sentence summary of what is shown (empty until ready). */
  get summary(): string {
    return this.model?.summary ?? '';
  }

  private get words() {
    return RANKING_TEXT[this.uiLocale];
  }

  private get sortKey(): RankingSort {
    return this.sort === 'actual' ? 'actual' : 'attainment';
  }

  private get topN(): number {
    const n = Math.floor(Number(this.top));
    return Number.isFinite(n) && n > 0 ? n : 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.status !== 'ready') warmFormatters(this.uiLocale);
    // Back on the page with rows still skipped (it left while they waited): they are laid out again.
    else if (this.mustLayOut()) {
      this.layingOut = true;
      whenIdle(() => this.layOutBatch());
    }
  }

  /** Whether a batch of the skipped rows waits to be laid out. */
  private layingOut = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the frame that draws this render: an idle moment before it would add the layout to it.
    if (this.mustLayOut()) {
      this.layingOut = true;
      requestAnimationFrame(() => whenIdle(() => this.layOutBatch()));
    }
  }

  /**
   * Rows far off screen skip layout at first (ranking.styles.ts, .cell); when the browser is idle
   * they are laid out, LAY_OUT_BATCH rows a time (no long task), so that assistive technology,
   * which does not see skipped content, reads them all; then the host says so (data-laid-out).
   */
  private mustLayOut(): boolean {
    return !isServer && !this.layingOut && this.status === 'ready' && !this.hasAttribute('data-laid-out');
  }

  private layOutBatch(): void {
    this.layingOut = false;
    if (!this.isConnected || !this.mustLayOut()) return;
    const rows = this.renderRoot.querySelectorAll('tbody tr:not([data-laid-out])');
    for (let i = 0; i < Math.min(rows.length, LAY_OUT_BATCH); i++) rows[i]!.setAttribute('data-laid-out', '');
    if (rows.length <= LAY_OUT_BATCH) return this.setAttribute('data-laid-out', '');
    this.layingOut = true;
    whenIdle(() => this.layOutBatch());
  }

  protected override selectionKeys(): PropertyKey[] {
    return [...super.selectionKeys(), 'parent', 'units', 'sort', 'order', 'highlight'];
  }

  protected override reservedHeight(): string {
    return '24rem';
  }

  /** Rows known before the data arrives: `top`, the `units` list, or a light-DOM table. */
  private knownRowCount(): number | null {
    const listed = this.units?.length ?? findTable(this)?.tBodies[0]?.rows.length ?? null;
    const top = this.topN;
    if (top) return listed !== null ? Math.min(top, listed) : top;
    return listed;
  }

  protected override loadingHeight(): string {
    if (this.reserve) return this.reserve;
    const n = this.knownRowCount();
    return n !== null ? `calc(${n} * var(--_row-reserve, ${ROW_REM}rem) + var(--_chrome-reserve, 16.2rem))` : this.reservedHeight();
  }

  protected override select(dataset: Dataset): RankingModel | null {
    const locale = this.uiLocale;
    let parent: Unit | null = null;
    let candidates: Unit[];
    if (this.units?.length) {
      const byId = new Map(dataset.units.map((u) => [u.id, u]));
      candidates = this.units.map((id) => {
        const u = byId.get(id);
        if (!u) throw new SelectionError(`${UI[locale].unit} "${id}"`);
        return u;
      });
    } else {
      parent = this.parent ? requireUnit(dataset, this.parent, locale) : defaultParent(dataset);
      candidates = parent ? dataset.units.filter((u) => u.parent === parent!.id) : dataset.units;
    }
    const ids = new Set(candidates.map((u) => u.id));
    const metrics = dataset.metrics.filter((m) => dataset.actuals.some((a) => a.metric === m.id && ids.has(a.unit)));
    // Ranked by attainment by default: the latest period whose figures have targets.
    const { metric, period } = requireSelection(dataset, this, locale, ids, { figures: this.sortKey === 'actual' ? 'actuals' : 'targeted' }) as { metric: Metric; period: Period };
    if (!metric) return null;
    const agg = aggregate(dataset, { metric: metric.id, period: period.id });

    const rows: RankingRow[] = [];
    for (const unit of candidates) {
      const node = agg.byUnit.get(unit.id);
      const f = node && figureOf(node, metric, period);
      if (!f) continue;
      // `figureOf` made this object for this row alone: it becomes the row, not copied (a spread of
      // its 15 fields per row cost about what ranking the rows costs; `rank` copies each once).
      const row = f as RankingRow;
      row.rank = null;
      row.tied = false;
      row.note = describePrinted(f.printed, f.actual, (metric.kind === 'share' ? f.of : f.target) ?? 0, locale);
      rows.push(row);
    }
    if (!rows.length) return null;
    const key = this.sortKey;
    const ranked = rank(rows, {
      by: (r) => (key === 'actual' ? r.actual : r.attainment),
      // Ties on attainment are decided on exact fractions, not floats.
      ...(key === 'actual' ? {} : { exact: (r: RankingRow) => exactAttainment(r.node) }),
      name: (r) => r.unit.name,
    });
    if (this.order === 'asc') {
      const unranked = ranked.filter((r) => r.rank === null);
      ranked.splice(0, ranked.length, ...ranked.filter((r) => r.rank !== null).reverse(), ...unranked);
    }
    const maxAttainment = ranked.reduce((m, r) => Math.max(m, r.attainment ?? 0), 0);
    const withTarget = ranked.filter((r) => r.target);
    const h = this.highlight ? ranked.find((r) => r.unit.id === this.highlight) : undefined;
    const summary = describeRanking({
      parent, metric, period, sort: key, count: ranked.length, locale,
      leaders: ranked.filter((r) => r.rank === 1).map((r) => ({ name: r.unit.name, actual: r.actual, target: r.target })),
      withTarget: withTarget.length,
      met: withTarget.filter((r) => r.actual >= r.target!).length,
      highlight: h ? { name: h.unit.name, rank: h.rank, tied: h.tied } : null,
    });
    if (this.page * PAGE_SIZE >= ranked.length) this.page = 0;
    return { parent, metric, period, metrics: metrics.length ? metrics : [metric], rows: ranked, scale: Math.min(Math.max(1, maxAttainment), MAX_SCALE), summary };
  }

  /** The rows on screen: the top N (plus the highlighted row), a page, or all. */
  visibleRows(m: RankingModel | null = this.model): RankingRow[] {
    if (!m) return [];
    const top = this.topN;
    if (top && !this.expanded && m.rows.length > top) {
      const head = m.rows.slice(0, top);
      const h = this.highlight ? m.rows.slice(top).find((r) => r.unit.id === this.highlight) : undefined;
      return h ? [...head, h] : head;
    }
    if (m.rows.length > PAGINATE_ABOVE) return m.rows.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE);
    return m.rows;
  }

  protected override provenance(m: RankingModel): Provenance {
    const rows = this.visibleRows(m);
    return {
      sources: uniqueSources(rows.flatMap((r) => r.sources)),
      illustrative: illustrativeOf(rows.map((r) => r.illustrative)),
      csv: { units: rows.map((r) => r.unit.id), metrics: [m.metric.id], periods: [m.period.id] },
    };
  }

  /** Every row behind “Xem tất cả” and the pages, in every metric of the switch. */
  protected override dataNeeded(m: RankingModel): CsvSelection {
    return { units: m.rows.map((r) => r.unit.id), metrics: m.metrics.map((x) => x.id), periods: [m.period.id] };
  }

  private sortBy(key: RankingSort): void {
    if (this.sortKey === key) this.order = this.order === 'asc' ? 'desc' : 'asc';
    else {
      this.sort = key;
      this.order = 'desc';
    }
  }

  private onMetric(e: Event): void {
    this.metric = (e.target as HTMLSelectElement).value;
  }

  protected override renderModel(m: RankingModel): TemplateResult {
    const w = this.words;
    const locale = this.uiLocale;
    const rows = this.visibleRows(m);
    const top = this.topN;
    const canToggle = top > 0 && m.rows.length > top;
    const pages = !canToggle || this.expanded ? Math.ceil(m.rows.length / PAGE_SIZE) : 1;
    const paged = m.rows.length > PAGINATE_ABOVE && pages > 1;
    const line = barPos(1, m.scale);
    const sortHeader = (key: RankingSort, text: string) => {
      const active = this.sortKey === key;
      return html`<th scope="col" class=${key === 'actual' ? 'c-actual' : 'c-pct'} aria-sort=${active ? (this.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button part="sort-button" class="sort print-keep" type="button" data-sort=${key} title=${w.sortBy(text)} @click=${() => this.sortBy(key)}><span class="label">${labelParts(text)}</span><span class="arrow" aria-hidden="true">${active ? (this.order === 'asc' ? '▲' : '▼') : '↕'}</span></button>
      </th>`;
    };
    return html`<div part="base" class="ranking" role="group" aria-labelledby="caption">
      ${m.metrics.length > 1
        ? html`<div part="controls" class="controls">
            <label>${w.metric}
              <select part="metric-switch" @change=${this.onMetric}>
                ${m.metrics.map((x) => html`<option value=${x.id} ?selected=${x.id === m.metric.id}>${localize(x.labels, locale)}</option>`)}
              </select>
            </label>
          </div>`
        : nothing}
      <table part="table" id="table">
        <caption part="caption" id="caption">${m.summary}</caption>
        <colgroup><col class="c-rank" /><col class="c-name" /><col class="c-actual" /><col class="c-pct" /></colgroup>
        <thead>
          <tr>
            <th scope="col" class="c-rank"><span class="nw">${w.rank}</span></th>
            <th scope="col" class="c-name"><span class="nw">${w.unit}</span></th>
            ${sortHeader('actual', w.actual)} ${sortHeader('attainment', w.attainment)}
          </tr>
        </thead>
        <tbody>
          ${rows.map((r) => rankingRow(r, locale, m.scale, line, w.tied, this.highlight))}
        </tbody>
      </table>
      ${canToggle
        ? html`<button part="toggle" class="toggle" type="button" aria-controls="table" aria-expanded=${this.expanded ? 'true' : 'false'} @click=${() => (this.expanded = !this.expanded)}>
            ${this.expanded ? w.collapse : w.showAll(m.rows.length)}
          </button>`
        : nothing}
      ${paged
        ? html`<nav part="pager" class="pager" aria-label=${w.pages}>
            <button type="button" ?disabled=${this.page === 0} @click=${() => this.page--}>${w.prev}</button>
            <span aria-live="polite">${w.page(this.page + 1, pages)}</span>
            <button type="button" ?disabled=${this.page >= pages - 1} @click=${() => this.page++}>${w.next}</button>
          </nav>`
        : nothing}
    </div>`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-ranking': TiendoRanking;
  }
}
