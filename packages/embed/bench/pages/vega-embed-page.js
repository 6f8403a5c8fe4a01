// A vega-embed bar chart of the same rows as the ranking: units by attainment, a 100% rule.
import embed from '/vega-embed.js';

const n = document.body.dataset.n;
const rows = await (await fetch(`/rows-${n}.json`)).json();
const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 600,
  data: { values: rows },
  layer: [
    {
      mark: 'bar',
      encoding: {
        y: { field: 'label', type: 'nominal', sort: null, axis: { title: null } },
        x: { field: 'attainment', type: 'quantitative', axis: { format: '.0%', title: 'Tỉ lệ đạt' } },
        tooltip: [{ field: 'name' }, { field: 'pct' }],
      },
    },
    { mark: { type: 'rule', strokeDash: [4, 3] }, encoding: { x: { datum: 1 } } },
  ],
};
await embed('#vis', spec, { renderer: 'svg', actions: false });
// Stamped after the next frame is produced, the same point for every variant (layout and paint included).
requestAnimationFrame(() => setTimeout(() => (window.__rendered = performance.now()), 0));
