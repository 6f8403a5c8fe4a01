import { expect, fixture, html } from '@open-wc/testing';
import { datasetToCsv } from '@tiendo/sdk';
import type { TiendoStrongShare } from '@tiendo/widgets';
import { chart, sampleDataset } from '../test-helpers/chart-fixtures.js';
import type { ShareRow } from '../specs/index.js';
import '@tiendo/widgets/define';

/** The share chart and <tiendo-strong-share> say the same thing about the same figures. */
describe('share chart and <tiendo-strong-share> on the same data', () => {
  for (const [unit, period] of [['ha-noi', '2018'], ['hoang-mai', '2018'], ['quang-tri', 'term-2018-2023']] as const) {
    it(`${unit} ${period}: the same verdict words, shares and download`, async () => {
      const el = await chart(sampleDataset, { kind: 'share', unit, period });
      const share = await fixture<TiendoStrongShare>(html`<tiendo-strong-share .data=${sampleDataset} unit=${unit} period=${period}></tiendo-strong-share>`);
      await share.updateComplete;
      const widget = [...share.shadowRoot!.querySelectorAll('[part="verdict"]')].map((v) => v.textContent!.trim());
      const rows = el.model!.rows as ShareRow[];
      expect(rows.map((r) => r.verdictText)).to.deep.equal(widget);
      const shares = [...share.shadowRoot!.querySelectorAll('[part="share"]')].map((v) => v.textContent!.trim());
      expect(rows.map((r) => r.shareText)).to.deep.equal(shares);
      // One CSV writer: the chart's download holds the widget's ratings, in the same format.
      const lines = (csv: string) => csv.trim().split('\n');
      expect(lines(el.toCSV())[0]).to.equal(lines(share.toCsv())[0]);
      expect(lines(el.toCSV()).length).to.be.at.least(lines(share.toCsv()).length);
      expect(datasetToCsv(sampleDataset).includes(lines(share.toCsv())[1]!)).to.equal(true);
    });
  }
});
