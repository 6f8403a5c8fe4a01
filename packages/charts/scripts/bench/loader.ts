// The bench's stand-in for the embed's loader (packages/embed/src is another package's, and changes):
// nothing eager; the widgets' core (whose cache a chart's `src` is prefetched into) and the chart
// chunk are imported at once, in parallel, as tiendo.js does for a chart in view.
void import('./prefetch.js').then((m) => m.prefetchCharts());
void import('@tiendo/charts/define');
