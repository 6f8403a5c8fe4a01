// Records window.__rendered (ms since navigation start) when every Tiến độ element of the page is
// ready and drawn (charts: their SVG is in place), and the layout shifts seen so far. A pre-rendered
// element not yet upgraded (the loader upgrades it when it becomes visible) is drawn already.
window.__cls = 0;
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
} catch {}
const TAGS = 'tiendo-progress,tiendo-ranking,tiendo-strong-share,tiendo-scorecard,tiendo-chart';
function drawn(el) {
  if (!customElements.get(el.localName) && el.shadowRoot) return true;
  return el.status === 'ready' && (el.localName !== 'tiendo-chart' || el.shadowRoot?.querySelector('.vega svg'));
}
function check() {
  const els = [...document.querySelectorAll(TAGS)];
  if (els.length && els.every(drawn)) {
    // Stamped after the next frame is produced, the same point for every variant (layout and paint included).
    Promise.all(els.map((e) => e.updateComplete)).then(() => {
      requestAnimationFrame(() => setTimeout(() => (window.__rendered = performance.now()), 0));
    });
    return;
  }
  setTimeout(check, 2);
}
check();
