import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleDataset } from '@tiendo/sdk/sample';
import { staleFiles } from '../scripts/compile-specs.js';
import * as vega from 'vega';
import { COMPILED, PRECOMPILED } from '../src/generated/index.js';
import { CHART_KINDS, type ChartModel, type JsonSpec, THEME_SIGNALS, rankingSpec, shareSpec, trendSpec } from '../src/specs/index.js';
import { chartLayout } from '../src/specs/layout.js';
import { functionContext } from '../src/vega/functions.js';
import { vegaFormatters } from '../src/vega/locale.js';
import { bindRuntime } from '../src/vega/precompiled.js';
import { createView } from '../src/vega/view.js';

type Item = { items?: Item[]; name?: string; marktype?: string; datum?: Record<string, unknown>; text?: string; role?: string; fill?: string };

/** Every item of a mark (by name) in the scenegraph. */
function markItems(root: Item, name: string): Item[] {
  const out: Item[] = [];
  const walk = (n: Item) => {
    if (n.name === name && n.items) out.push(...n.items);
    n.items?.forEach(walk);
  };
  walk(root);
  return out;
}

async function run(model: ChartModel) {
  const view = createView(model, { renderer: 'none', width: 600 });
  await view.runAsync();
  return { view, scene: (view.scenegraph() as unknown as { root: Item }).root };
}

describe('generated Vega specs', () => {
  it('are current: a fresh compile of the templates matches src/generated', () => {
    assert.deepEqual(staleFiles(), []);
  });

  for (const kind of CHART_KINDS) {
    it(`${kind}: reads the empty "rows" source, and a signal per theme value`, () => {
      const spec = COMPILED[kind];
      assert.deepEqual((spec.data as JsonSpec[])[0], { name: 'rows' });
      const names = new Set((spec.signals as JsonSpec[]).map((s) => s.name));
      for (const s of Object.values(THEME_SIGNALS)) assert.ok(names.has(s), s);
      assert.equal(spec.$schema, undefined);
      assert.doesNotMatch(JSON.stringify(spec), /containerSize|window:resize/);
    });
  }

  it('bindRuntime sets rows and signals on a copy of the precompiled dataflow', () => {
    const p = PRECOMPILED.ranking;
    const row = { a: 1 };
    const bound = bindRuntime(p, [row], { tiendoBar: 'red', notASignal: 1 });
    const ingested = (bound.operators[p.rows]!.value as { $ingest: object[] }).$ingest;
    assert.deepEqual(ingested, [{ a: 1 }]);
    assert.notEqual(ingested[0], row);
    assert.equal(bound.operators[p.signals.tiendoBar!]!.value, 'red');
    assert.deepEqual((p.runtime.operators[p.rows]!.value as { $ingest: object[] }).$ingest, []);
    assert.equal(p.runtime.operators[p.signals.tiendoBar!]!.value, '#0b5cad');
  });
});

/** A model's SVG drawn by vega itself: the compiled spec parsed at run time, expressions by Vega's code generator. */
async function vegaSvg(model: ChartModel, width: number): Promise<string> {
  const layout = chartLayout(model, width);
  const spec = structuredClone(COMPILED[model.kind]);
  (spec.data as JsonSpec[]).find((d) => d.name === 'rows')!.values = (layout.rows ?? model.data ?? model.rows).map((r) => ({ ...r }));
  const signals = { ...model.signals, ...layout.signals };
  for (const s of spec.signals as JsonSpec[]) if (typeof s.name === 'string' && Object.hasOwn(signals, s.name)) s.value = signals[s.name];
  spec.width = width;
  const view = new vega.View(vega.parse(spec as never), { renderer: 'none', locale: vegaFormatters(model.locale), logLevel: 1 } as never);
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

describe('precompiled specs (parsed at build time, expressions as functions)', () => {
  it('call only the expression functions the View has', () => {
    for (const [kind, p] of Object.entries(PRECOMPILED)) {
      const called = new Set(p.fns.flatMap((f) => [...String(f).matchAll(/this\.([\w$]+)/g)].map((m) => m[1]!)));
      const missing = [...called].filter((name) => typeof (functionContext as Record<string, unknown>)[name] !== 'function');
      assert.deepEqual(missing, [], `${kind}: functions the View lacks`);
      assert.ok(called.size > 0);
    }
  });

  it('draw exactly what Vega draws from the compiled spec parsed at run time', async () => {
    const models = [
      rankingSpec(sampleDataset, { metric: 'members', period: '2017', highlight: 'hoang-mai' }),
      rankingSpec(sampleDataset, { metric: 'members', period: '2017', top: 5, locale: 'en' }),
      trendSpec(sampleDataset, { unit: 'hoang-mai', metric: 'members' }),
      trendSpec(sampleDataset, { unit: 'hoan-kiem', metric: 'members' }),
      shareSpec(sampleDataset, { unit: 'ha-noi', period: '2018' }),
    ];
    for (const model of models) {
      for (const width of [320, 480, 768, 1200]) {
        const view = createView(model, { renderer: 'none', width });
        const ours = await view.toSVG();
        view.finalize();
        assert.equal(ours, await vegaSvg(model, width), `${model.kind} at ${width} px`);
      }
    }
  });
});

describe('headless Vega views (precompiled, no eval)', () => {
  it('ranking: one bar and one label per row, colours from the theme, a 100% rule', async () => {
    const model = rankingSpec(sampleDataset, { metric: 'members', period: '2017', top: 10, theme: { bar: '#123456', barShort: '#654321' } });
    const { view, scene } = await run(model);
    const bars = markItems(scene, 'layer_1_marks');
    assert.equal(bars.length, 10);
    assert.deepEqual(bars.map((b) => b.datum!.unit), model.rows.map((r) => r.unit));
    // One bar colour (a colour needs a key; 100% is the labelled rule).
    assert.ok(bars.every((b) => b.fill === '#123456'));
    assert.deepEqual(markItems(scene, 'layer_5_marks').map((t) => t.text), model.rows.map((r) => r.valueText));
    // The 100% mark is drawn per row (it breaks where a percent is written across it).
    assert.equal(markItems(scene, 'layer_2_marks').length, 10);
    const svg = await view.toSVG();
    assert.match(svg, /Chỉ tiêu \(100%\)/);
    assert.doesNotMatch(svg, /Tỉ lệ đạt kế hoạch/);
    assert.match(svg, />120,6%</);
    assert.match(svg, /^<svg[^>]* width="600"/);
    view.finalize();
  });

  it('trend: one point per period', async () => {
    const model = trendSpec(sampleDataset, { unit: 'hoang-mai', metric: 'members' });
    const { view, scene } = await run(model);
    assert.equal(markItems(scene, 'layer_3_marks').length, model.rows.length);
    assert.match(await view.toSVG(), />102,7%</);
    view.finalize();
  });

  it('share: one bar and one threshold tick per sector', async () => {
    const model = shareSpec(sampleDataset, { unit: 'ha-noi', period: '2018', locale: 'en' });
    const { view, scene } = await run(model);
    assert.equal(markItems(scene, 'layer_1_marks').length, 2);
    assert.equal(markItems(scene, 'layer_2_marks').length, 2);
    const svg = await view.toSVG();
    assert.match(svg, /Met: 92\.8%, above 90%/);
    // No axis (the verdict says the share): the sector names are written above the bars.
    assert.match(svg, /State sector/);
    assert.doesNotMatch(svg, /Share of strong grassroots unions/);
    view.finalize();
  });

  it('formats axis numbers the Vietnamese way', () => {
    assert.equal(vegaFormatters('vi').format('.1%')(1.027), '102,7%');
    assert.equal(vegaFormatters('vi').format(',')(11975), '11.975');
    assert.equal(vegaFormatters('en').format(',')(11975), '11,975');
  });

  it('never calls Function or eval while parsing and running', async () => {
    const original = globalThis.Function;
    const calls: unknown[] = [];
    const trap = new Proxy(original, {
      apply: (t, self, args) => (calls.push(args), Reflect.apply(t, self, args)),
      construct: (t, args) => (calls.push(args), Reflect.construct(t, args)),
    });
    globalThis.Function = trap;
    try {
      // The trap is live: a call through the global is seen (then forgotten).
      assert.equal(Function('return 1')(), 1);
      assert.equal(calls.length, 1);
      calls.length = 0;
      for (const model of [
        rankingSpec(sampleDataset, { metric: 'members', period: '2017' }),
        trendSpec(sampleDataset, { unit: 'hoan-kiem', metric: 'members' }),
        shareSpec(sampleDataset, { unit: 'ha-noi', period: '2018' }),
      ]) {
        const { view } = await run(model);
        await view.toSVG();
        view.finalize();
      }
    } finally {
      globalThis.Function = original;
    }
    assert.deepEqual(calls, []);
  });
});

describe('the ranking draws no invisible band but the first and last', () => {
  const strip = (svg: string) => svg.replace(/(<g class="mark-rect role-mark layer_0_marks"[^>]*>)[\s\S]*?(<\/g>)/, '$1$2');
  it('draws what a band per row drew (they set the bounds, hence the plot\'s place), at 320-1200 px', async () => {
    for (const model of [
      rankingSpec(sampleDataset, { metric: 'members', period: '2017' }),
      rankingSpec(sampleDataset, { metric: 'members', period: '2017', parent: 'ha-noi', top: 3, highlight: 'hoang-mai' }),
    ]) {
      for (const width of [320, 480, 768, 1200]) {
        const layout = chartLayout(model, width);
        const draw = async (rows: object[]) => {
          const view = createView(model, { renderer: 'none', width, layout: { ...layout, rows } });
          try {
            return await view.toSVG();
          } finally {
            view.finalize();
          }
        };
        const every = await draw(layout.rows!.map((r) => ({ ...r, edge: true })));
        const ours = await draw(layout.rows!);
        assert.equal(strip(ours), strip(every), `${model.rows.length} rows at ${width} px`);
        assert.ok(ours.length < every.length);
      }
    }
  });
});

describe('the trimmed Vega runtime', () => {
  it('registers every operator the precompiled specs use', async () => {
    const { TRANSFORMS } = await import('../src/vega/runtime.js');
    const known = new Set([...Object.keys(TRANSFORMS), 'operator']);
    for (const [kind, p] of Object.entries(PRECOMPILED)) {
      const missing = [...new Set(p.runtime.operators.map((o) => o.type))].filter((t) => !known.has(t.toLowerCase()));
      assert.deepEqual(missing, [], `${kind}: operators without a registered transform`);
    }
  });
});
