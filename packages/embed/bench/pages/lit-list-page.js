// The floor: fetch the rows and hand them to a bare Lit list.
import '/lit-list.js';

const n = document.body.dataset.n;
const rows = await (await fetch(`/rows-${n}.json`)).json();
const el = document.querySelector('bare-list');
el.rows = rows;
await el.updateComplete;
window.__rendered = performance.now();
