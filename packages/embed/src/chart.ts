/** The chart chunk (`dist/chunks/chart-<hash>.js`): defines `<tiendo-chart>` when imported. */
export { TiendoChart } from '@tiendo/charts/define';
