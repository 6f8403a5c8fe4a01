// A chart's `src` requested while its code loads, into the widgets' shared cache (as the embed does).
import { loadDataset } from '@tiendo/widgets/core';

export function prefetchCharts(): void {
  for (const el of document.querySelectorAll('tiendo-chart[src]')) {
    const { promise, release } = loadDataset(el.getAttribute('src')!);
    promise.catch(() => undefined);
    void customElements.whenDefined('tiendo-chart').then(() => setTimeout(release, 2000));
  }
}
