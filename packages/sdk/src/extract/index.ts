/**
 * `extractFigures`: reads Vietnamese press text into progress figures (actual, target, printed
 * percent, metric, unit, period, with the quote and its offsets), checks every printed percent,
 * and builds a dataset from them. Pure, no DOM, deterministic. It never invents a figure or a
 * target the text does not state or fix: what it is unsure of it leaves out, and says why in `notes`.
 * @module
 */
import { dayNumber } from '../dates.js';
import { TiendoError } from '../errors.js';
import { checkPrinted } from '../printed.js';
import { datasetFromExtraction } from './dataset.js';
import { numberTokens } from './numbers.js';
import { periodMentions, type PeriodMention } from './periods.js';
import { sentenceFigures, type Draft } from './sentence.js';
import { sentenceShares } from './shares.js';
import { bodyEnd, normalize, sentences } from './text.js';
import type { ExtractedFigure, ExtractedPeriod, ExtractedTarget, ExtractedThreshold, Extraction, ExtractOptions } from './types.js';
import { unitMentions, type UnitMention } from './units.js';

export { datasetFromExtraction, type ExtractionParts } from './dataset.js';
export type * from './types.js';

interface Placed {
  unitName?: string;
  period?: ExtractedPeriod;
  asOf?: string;
  notes: string[];
}

/**
 * Reads the progress figures out of Vietnamese press text. `options.published` (`YYYY-MM-DD`)
 * gives the year of `10 tháng đầu năm` and bounds every date; `options.source` names the source
 * in the dataset. Throws a `TiendoError` (`invalid-date`) for a published date that is not one.
 */
export function extractFigures(input: string, options: ExtractOptions = {}): Extraction {
  if (typeof input !== 'string') throw new TiendoError('invalid-input', `extractFigures: expected text, received ${typeof input}`);
  if (options.published !== undefined) dayNumber(options.published);
  const published = options.published;
  const { text, at } = normalize(input);
  const sents = sentences(text, bodyEnd(text));
  const named: UnitMention[] = [];
  let subject: UnitMention | undefined;
  let frame: PeriodMention | undefined;
  let contextYear: number | undefined;
  const drafts: (Draft & Placed & { ref?: Draft })[] = [];
  const lone: (ExtractedTarget & { at0: number })[] = [];
  const thresholds: ExtractedThreshold[] = [];
  const shares: (ExtractedFigure & { at0: number })[] = [];
  const notes: string[] = [];
  const lines = text.split('\n');

  for (const s of sents) {
    const units = unitMentions(text, s.start, s.end, named);
    named.push(...units);
    const periods = periodMentions(text, s.start, s.end, { ...(published ? { published } : {}), ...(contextYear ? { contextYear } : {}) });
    // A row of a link table (`| 77 đoàn viên … |`) is the headline of another article.
    const linkRow = /^\s*\|/.test(lines[s.paragraph] ?? '');
    const tokens = linkRow ? [] : numberTokens(text, s.start, s.end).filter((t) => !periods.some((p) => t.start < p.end && t.end > p.start) && !units.some((u) => t.start < u.end && t.end > u.start));
    const place = (pos: number): Placed => {
      const placed: Placed = { notes: [] };
      const subs = units.filter((u) => u.subject);
      const unit = subs.find((u) => u.start < pos) ?? subs.find((u) => u.start > pos) ?? subject ?? units.find((u) => u.proper);
      if (unit) placed.unitName = unit.name;
      const frames = periods.filter((p) => p.frame);
      const p = frames.filter((f) => f.start < pos).at(-1) ?? frames.find((f) => f.start > pos) ?? frame ?? periods.find((x) => x.period);
      if (p?.note) placed.notes.push(p.note);
      if (p?.period) {
        placed.period = p.period;
        if (p.asOf) placed.asOf = p.asOf;
        const last = p.asOf ?? p.period.end;
        if (published && last > published) {
          if (published >= p.period.start) {
            placed.asOf = published;
            placed.notes.push(`kỳ chưa kết thúc khi đăng bài: số liệu tính đến ngày đăng ${published}`);
          } else placed.notes.push(`kỳ ${p.period.label} bắt đầu sau ngày đăng ${published}`);
        }
      }
      return placed;
    };
    if (tokens.length) {
      const r = sentenceFigures(text, s.start, s.end, tokens);
      for (const d of r.drafts) drafts.push({ ...d, ...merge(place(d.at), d.notes), ref: d });
      for (const t of r.targets) {
        const pl = place(t.at);
        // `chỉ tiêu LĐLĐ tỉnh giao cho LĐLĐ thị xã Kỳ Anh là 350 đoàn viên`: the target is the recipient's.
        const to = units.filter((u) => u.start < t.at && /(?<![\p{L}])giao(?:\s+chỉ tiêu)?\s+cho\s*$/iu.test(text.slice(Math.max(s.start, u.start - 24), u.start))).at(-1);
        if (to) pl.unitName = to.name;
        lone.push({ metric: t.metric, noun: t.noun, target: t.target, ...(pl.unitName ? { unitName: pl.unitName } : {}), ...(pl.period ? { period: pl.period } : {}), quote: '', start: t.start, end: t.end, notes: [...t.notes, ...pl.notes], at0: t.at });
      }
      for (const sh of sentenceShares(text, s.start, s.end, tokens)) {
        const pl = place(sh.at);
        const where = { ...(pl.unitName ? { unitName: pl.unitName } : {}), ...(pl.period ? { period: pl.period } : {}) };
        if (sh.kind === 'threshold') {
          if (!sh.sector) {
            notes.push(`Mục tiêu “${sh.printed}” không nêu khu vực: không đưa vào ngưỡng.`);
            continue;
          }
          thresholds.push({ sector: sh.sector, share: sh.share, comparison: sh.comparison, printed: sh.printed, ...where, quote: '', start: sh.start, end: sh.end, notes: [...sh.notes, ...pl.notes] });
        } else {
          shares.push({ metric: 'strong-share', noun: 'CĐCS', ...(sh.sector ? { sector: sh.sector } : {}), actual: sh.share, share: sh.share, printed: sh.printed, ...where, ...(pl.asOf ? { asOf: pl.asOf } : {}), quote: '', start: sh.start, end: sh.end, notes: [...sh.notes, ...pl.notes], at0: sh.at });
        }
      }
    }
    const subjects = units.filter((u) => u.subject && u.proper);
    if (subjects.length) subject = subjects.at(-1);
    const frames = periods.filter((p) => p.frame && p.period);
    if (frames.length) frame = frames.at(-1);
    const years = periods.filter((p) => p.period);
    if (years.length) contextYear = Number(years.at(-1)!.period!.end.slice(0, 4));
  }

  // In text order: figures of all kinds by the position of their number.
  let items: Item[] = [
    ...drafts.map(({ ref, at: a0, sub, total, ...d }) => ({ ...toFigure(d), at0: a0, ...(ref ? { ref } : {}), ...(sub ? { sub, ...(total ? { total } : {}) } : {}) })),
    ...shares,
  ].sort((a, b) => a.at0 - b.at0);
  items = dedupe(items);
  attachLoneTargets(items, lone);
  const refs = items.map((f) => f.ref);
  const figures: ExtractedFigure[] = items.map(({ at0: _a, ref: _r, sub: _s, total, ...rest }) => {
    const out: ExtractedFigure = { ...rest, ...quote(input, at, rest.start, rest.end) };
    const k = total ? refs.indexOf(total) : -1;
    if (k >= 0) out.partOf = k;
    return out;
  });
  for (const f of figures) check(f);
  const targets: ExtractedTarget[] = lone.map(({ at0: _a, ...t }) => ({ ...t, ...quote(input, at, t.start, t.end) }));
  const thresholdsOut = thresholds.map((t) => ({ ...t, ...quote(input, at, t.start, t.end) }));
  const dataset = datasetFromExtraction({ figures, targets, thresholds: thresholdsOut }, options);
  if (dataset.notes) notes.push(...dataset.notes.split('\n'));
  return { figures, targets, thresholds: thresholdsOut, dataset, notes };
}

function merge(p: Placed, notes: string[]): Placed {
  return { ...p, notes: [...notes, ...p.notes] };
}

function toFigure(d: Omit<Draft, 'at' | 'sub' | 'total'> & Placed): ExtractedFigure {
  const f: ExtractedFigure = { metric: d.metric, actual: d.actual, quote: '', start: d.start, end: d.end, notes: d.notes };
  if (d.noun) f.noun = d.noun;
  for (const k of ['sector', 'target', 'targetSource', 'of', 'share', 'printed', 'unitName', 'period', 'asOf', 'qualifier', 'approximate'] as const) {
    if (d[k] !== undefined) (f as unknown as Record<string, unknown>)[k] = d[k];
  }
  return f;
}

/** The quote in the original text, and its offsets there. */
function quote(input: string, at: number[], start: number, end: number): { quote: string; start: number; end: number } {
  const s = at[start]!;
  const e = at[end]!;
  return { quote: input.slice(s, e), start: s, end: e };
}

/** Runs `checkPrinted` where a figure has a printed percent and a target (or `of`). */
function check(f: ExtractedFigure): void {
  if (!f.printed) return;
  const whole = f.metric === 'strong-share' ? f.of : f.target;
  if (whole === undefined) {
    if (f.metric !== 'strong-share') f.notes.push(`“${f.printed}”: bài không nêu chỉ tiêu nên không kiểm tra được`);
    return;
  }
  try {
    const r = checkPrinted(f.actual, whole, f.printed);
    f.verdict = r.verdict;
    if (r.computed !== null) f.computed = r.computed;
  } catch {
    f.notes.push(`“${f.printed}”: không kiểm tra được`);
  }
}

type Item = ExtractedFigure & { at0: number; ref?: Draft; sub?: boolean; total?: Draft };

const richness = (f: ExtractedFigure) => (f.target !== undefined ? 4 : 0) + (f.printed ? 2 : 0) + (f.period ? 1 : 0) + (f.unitName ? 1 : 0);
const compatible = <T>(a: T | undefined, b: T | undefined, eq: (x: T, y: T) => boolean) => a === undefined || b === undefined || eq(a, b);

/** The same figure stated twice (a headline and the body): the fuller one stays, with a note. Different figures for the same thing: a note on each. */
function dedupe(items: Item[]): Item[] {
  const drop = new Set<Item>();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      if (drop.has(a) || drop.has(b) || a.metric !== b.metric || a.metric === 'strong-share') continue;
      if (a.qualifier !== b.qualifier || a.sub || b.sub) continue;
      if (a.metric === 'other' && a.noun !== b.noun) continue;
      const same = compatible(a.unitName, b.unitName, (x, y) => x === y) && compatible(a.period, b.period, (x, y) => x.id === y.id) && compatible(a.asOf, b.asOf, (x, y) => x === y);
      if (!same) continue;
      if (a.actual === b.actual) {
        const [keep, lose] = richness(b) > richness(a) ? [b, a] : [a, b];
        if (keep.target !== undefined && lose.target !== undefined && keep.target !== lose.target) continue;
        drop.add(lose);
        keep.notes.push(`cùng số liệu được nêu ở chỗ khác (ký tự ${lose.start}–${lose.end})`);
      } else if (a.metric !== 'other' && a.unitName && a.period && a.unitName === b.unitName && a.period.id === b.period?.id && a.asOf === b.asOf) {
        a.notes.push(`bài có hai số khác nhau cho cùng chỉ số, đơn vị và kỳ: ${a.actual} và ${b.actual}`);
        b.notes.push(`bài có hai số khác nhau cho cùng chỉ số, đơn vị và kỳ: ${a.actual} và ${b.actual}`);
      }
    }
  }
  return items.filter((f) => !drop.has(f));
}

/** A target stated in another sentence (`chỉ tiêu năm 2021 là 1.400 đoàn viên`) for a figure of the same unit, metric and period that has none. */
function attachLoneTargets(items: Item[], lone: ExtractedTarget[]): void {
  for (const f of items) {
    if (f.target !== undefined || (f.metric !== 'members' && f.metric !== 'grassroots-unions') || f.qualifier || f.sub || !f.unitName || !f.period) continue;
    const match = lone.filter((t) => t.metric === f.metric && t.unitName === f.unitName && t.period?.id === f.period!.id);
    const values = new Set(match.map((t) => t.target));
    if (values.size === 1) {
      f.target = match[0]!.target;
      f.targetSource = 'stated';
      f.notes.push(`chỉ tiêu ${f.target} nêu ở câu khác (ký tự ${match[0]!.start}–${match[0]!.end})`);
    } else if (values.size > 1) f.notes.push(`bài nêu nhiều chỉ tiêu khác nhau (${[...values].join(', ')}): không chọn`);
  }
}
