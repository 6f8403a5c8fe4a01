/**
 * `tiendo.js`, the file a news site loads: `<script type="module" src="…/tiendo.js"></script>`.
 * Defines every widget at once (progress, ranking, strong-share, scorecard) and `<tiendo-chart>` on
 * demand (a separate chunk, loaded when a chart is near the viewport). Loading it twice is harmless.
 * @module
 */
import '@tiendo/widgets/define';
import { lazyCharts, loadCharts } from './lazy-chart.js';

lazyCharts();

export { loadCharts };
