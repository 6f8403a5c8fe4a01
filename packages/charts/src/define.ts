/** Registers `<tiendo-chart>` (side effect). Import once: `import '@tiendo/charts/define'`. */
import { TiendoChart } from './chart/chart.js';

if (!customElements.get('tiendo-chart')) customElements.define('tiendo-chart', TiendoChart);

export { TiendoChart };
