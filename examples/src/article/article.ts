/**
 * The article demo: widgets between paragraphs of a Vietnamese news story, all reading one `src`
 * (one request). `?w=375` frames it at a phone's width; `?theme=dark` darkens page and widgets.
 */
import { $, params, theme } from '../shared/page.js';
import './article.css';

const frame = $('#frame');
const width = Number(params.get('w'));
if (width >= 280) {
  frame.dataset.width = String(width);
  frame.style.maxWidth = `${width}px`;
}
for (const el of frame.querySelectorAll('tiendo-progress, tiendo-ranking, tiendo-strong-share, tiendo-scorecard, tiendo-chart')) el.setAttribute('theme', theme);
for (const [id, t] of [['#to-light', 'light'], ['#to-dark', 'dark']] as const) {
  const q = new URLSearchParams(params);
  q.set('theme', t);
  $<HTMLAnchorElement>(id).search = `?${q}`;
}
