// `tiendo-render` and `renderSnippet` in Node: the snippet contract (declarative shadow DOM, the
// rows needed inline, no style attribute, escaped data), errors with their paths and exit codes,
// pages with their own policy and oEmbed, and the article config.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDataset, subsetDataset } from '@tiendo/sdk';
import { sampleDatasetInput } from '@tiendo/sdk/sample';
import { renderSnippet, runRender } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'tiendo-render-'));
const write = (name: string, value: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};
const sampleFile = write('sample.json', sampleDatasetInput);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runRender(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('tiendo-render', () => {
  it('prints a pre-rendered ranking: the element, its shadow content, the rows needed inline, the script at --base', async () => {
    const r = await run(sampleFile, '--element', 'ranking', '--parent', 'ha-noi', '--metric', 'members', '--period', '2017', '--top', '5', '--highlight', 'hoang-mai', '--base', 'https://cdn.example.vn/tiendo/');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^<tiendo-ranking parent="ha-noi" metric="members" period="2017" top="5" highlight="hoang-mai"/);
    assert.match(r.out, /<template shadowroot="open" shadowrootmode="open"><style>/);
    assert.match(r.out, /<caption part="caption" id="caption">Xếp hạng 30 đơn vị thuộc Thành phố Hà Nội/);
    assert.match(r.out, /<script type="module" src="https:\/\/cdn\.example\.vn\/tiendo\/tiendo\.js"><\/script>$/);
    assert.doesNotMatch(r.out, /\sstyle="/, 'no style attribute (blocked by style-src)');
    assert.doesNotMatch(r.out, /<!--lit|<\?/, 'no hydration markers');
    const json = JSON.parse(/<script type="application\/json">(.*?)<\/script>/.exec(r.out)![1]!);
    const inline = parseDataset(json);
    assert.equal(inline.periods.length, 1, 'only the period shown');
    assert.ok(inline.units.length < parseDataset(sampleDatasetInput).units.length, 'only the units needed');
    assert.ok(inline.units.some((u) => u.id === 'hoang-mai'));
  });

  it('the fallback table holds the rows shown, readable with its headers', async () => {
    const s = await renderSnippet(sampleDatasetInput, { element: 'progress', attributes: { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017' } });
    const table = /<\/template>.*?(<table>.*<\/table>)/s.exec(s.element)![1]!;
    assert.match(table, /<th>Đơn vị<\/th><th>Thực hiện<\/th><th>Chỉ tiêu<\/th><th>Đạt<\/th>/);
    assert.match(table, /<th scope="row">Quận Hoàng Mai<\/th><td>27<\/td><td>22<\/td><td>122,7%<\/td>/);
    assert.equal(s.tag, 'tiendo-progress');
    // In running text a table (or a <p>) would close the paragraph: a compact element falls back to its words.
    const compact = await renderSnippet(sampleDatasetInput, { element: 'progress', attributes: { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017', compact: '' } });
    assert.match(compact.element, /<\/script>27\/22 CĐCS 122,7% vượt chỉ tiêu<\/tiendo-progress>$/);
    assert.doesNotMatch(compact.element.slice(compact.element.indexOf('</template>')), /<table|<p>/);
    assert.match(s.title, /Quận Hoàng Mai thành lập 27\/22 CĐCS/);
  });

  it('data is text: a name with markup is escaped in the shadow content, the JSON and the table', async () => {
    const data = structuredClone(sampleDatasetInput);
    data.units.find((u) => u.id === 'hoang-mai')!.name = '<img src=x onerror="alert(1)"></script><!--';
    const s = await renderSnippet(data, { element: 'progress', attributes: { unit: 'hoang-mai', metric: 'members', period: '2017' } });
    assert.doesNotMatch(s.element, /<img|<\/script><!--/);
    assert.match(s.element, /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;/);
    assert.match(s.element, /\\u003cimg src=x/);
  });

  it('bad data: exit 1 and every problem with its path, as tiendo check', async () => {
    const bad = structuredClone(sampleDatasetInput);
    (bad.targets as { value: number }[])[0]!.value = -5;
    const r = await run(write('bad.json', bad), '--element', 'progress');
    assert.equal(r.code, 1);
    assert.match(r.err, /targets\[0\]\.value/);
    const csv = await run(write('bad.csv', 'unit,unit_name,metric,period,target,actual\nhm,Hoàng Mai,members,2017,abc,5\n'), '--element', 'progress');
    assert.equal(csv.code, 1);
    assert.match(csv.err, /line 2/i);
  });

  it('a selection the data lacks: exit 1 naming it; an attribute the element does not take: exit 2 naming it', async () => {
    const unit = await run(sampleFile, '--element', 'ranking', '--parent', 'nowhere');
    assert.equal(unit.code, 1);
    assert.match(unit.err, /đơn vị "nowhere"/);
    const attr = await run(sampleFile, '--element', 'progress', '--colour', 'red');
    assert.equal(attr.code, 2);
    assert.match(attr.err, /<tiendo-progress> has no attribute “colour”/);
    const usage = await run(sampleFile);
    assert.equal(usage.code, 2);
    assert.match(usage.err, /Usage: tiendo-render/);
  });

  it('--page writes a standalone page with its own strict policy and, with --url, the oEmbed JSON', async () => {
    const out = join(dir, 'ranking.html');
    const r = await run(sampleFile, '--element', 'ranking', '--parent', 'ha-noi', '--top', '5', '--base', 'https://cdn.example.vn/tiendo/', '--page', out, '--url', 'https://bao.example.vn/tiendo/ranking.html');
    assert.equal(r.code, 0, r.err);
    const page = readFileSync(out, 'utf8');
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src https:\/\/cdn\.example\.vn; style-src &#39;sha256-/);
    assert.match(page, /<script type="module" src="https:\/\/cdn\.example\.vn\/tiendo\/tiendo-frame\.js"><\/script>/);
    const o = JSON.parse(readFileSync(join(dir, 'ranking.oembed.json'), 'utf8'));
    assert.equal(o.type, 'rich');
    assert.equal(o.version, '1.0');
    assert.match(o.html, /^<iframe src="https:\/\/bao\.example\.vn\/tiendo\/ranking\.html" title="Xếp hạng 30 đơn vị/);
    assert.ok(o.height > 500 && o.height === Number(/height="(\d+)"/.exec(o.html)![1]));
  });

  it('--config renders every widget of an article; a broken one is named and the others still render', async () => {
    const config = write('article.json', {
      data: 'sample.json',
      widgets: [
        { name: 'lede', element: 'progress', attributes: { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017', compact: '' } },
        { name: 'broken', element: 'ranking', attributes: { parent: 'nowhere' } },
        { name: 'quality', element: 'strong-share', attributes: { unit: 'hoang-mai' } },
      ],
    });
    const r = await run('--config', config);
    assert.equal(r.code, 1);
    assert.match(r.err, /widgets\[1\] \(broken\): the data has no đơn vị "nowhere"/);
    assert.match(r.out, /<!-- lede -->\n<tiendo-progress unit="hoang-mai" metric="grassroots-unions" period="2017" compact/);
    assert.match(r.out, /<!-- quality -->\n<tiendo-strong-share/);
  });

  it('a chart: its SVG drawn on the server inside the declarative root, its rows inline, names escaped', async () => {
    const data = structuredClone(sampleDatasetInput);
    data.units.find((u) => u.id === 'tay-ho')!.name = 'Tây Hồ <script>alert(1)</script>';
    const s = await renderSnippet(data, { element: 'chart', attributes: { kind: 'ranking', parent: 'ha-noi', metric: 'members', period: '2017', top: '5' } });
    assert.match(s.element, /^<tiendo-chart kind="ranking"/);
    assert.match(s.element, /<template shadowroot="open" shadowrootmode="open">/);
    assert.ok((s.element.match(/<svg\b/g) ?? []).length >= 1, 'at least one server SVG');
    assert.match(s.element, /Tây Hồ &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(s.element, /<script>alert/);
    assert.equal(parseDataset(s.data).units.filter((u) => u.parent === 'ha-noi').length, 30, 'every unit the sentence counts');
    assert.match(s.title, /5 đơn vị đứng đầu trong 30 đơn vị/);
    const bad = await run(sampleFile, '--element', 'chart', '--kind', 'ranking', '--parent', 'nowhere');
    assert.equal(bad.code, 1);
    assert.match(bad.err, /nowhere/);
  });

  it('subsetDataset keeps what it names and parses again', () => {
    const d = parseDataset(sampleDatasetInput);
    const s = parseDataset(subsetDataset(d, { units: ['hoang-mai'], metrics: ['members'], periods: ['2017'] }));
    assert.deepEqual(s.actuals.map((a) => [a.unit, a.metric, a.period]), [['hoang-mai', 'members', '2017']]);
    assert.ok(s.units.some((u) => u.id === 'ha-noi'), 'ancestors kept');
    assert.deepEqual(s.metrics.map((m) => m.id), ['members']);
  });
});
