// The floor: fetch the rows and hand them to a bare Lit list.
import '/lit-list.js';

const n = document.body.dataset.n;
const rows = await (await fetch(`/rows-${n}.json`)).json();
const el = document.querySelector('bare-list');
el.rows = rows;
await el.updateComplete;
// Stamped after the next frame is produced, the same point for every variant (layout and paint included).
requestAnimationFrame(() => setTimeout(() => (window.__rendered = performance.now()), 0));
