/**
 * `/frame.html?el=ranking&src=/data/sample.json&parent=ha-noi&top=5`: one element, rendered in the
 * browser from its `src`, alone on a page without margins, for an `<iframe>`. Every other query
 * parameter that is one of the element's attributes is set with `setAttribute` (text, never HTML);
 * others are ignored with a console warning. The embed's `tiendo-frame.js` (served as built, like
 * `/embed/tiendo.js`) tells a host page with `tiendo-resizer.js` the page's height.
 */
import '@tiendo/widgets/define';
import { ELEMENTS } from '../shared/cases.js';

const params = new URLSearchParams(location.search);
const root = document.querySelector('#frame')!;

function problem(text: string): void {
  const p = document.createElement('p');
  p.className = 'frame-problem';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  root.replaceChildren(p);
}

async function show(): Promise<void> {
  const asked = params.get('el') ?? '';
  const found = ELEMENTS.find((e) => e.id === asked || e.tag === asked);
  if (!found) return problem(`Không có phần tử “${asked}”: ?el= nhận một trong ${ELEMENTS.map((e) => e.id).join(', ')}.`);
  if (found.id === 'chart') await import('@tiendo/charts/define');
  await customElements.whenDefined(found.tag);
  // The element's own attributes only (its reactive properties): never an event handler or a style.
  const known = new Set((customElements.get(found.tag) as unknown as { observedAttributes?: string[] }).observedAttributes ?? []);
  const el = document.createElement(found.tag);
  const ignored: string[] = [];
  for (const [name, value] of params) {
    if (name === 'el') continue;
    if (known.has(name) && !name.startsWith('on')) el.setAttribute(name, value);
    else ignored.push(name);
  }
  if (!params.has('src')) return problem('Thiếu ?src=: địa chỉ tệp dữ liệu (JSON hoặc CSV), ví dụ /data/sample.json.');
  if (ignored.length) console.warn(`frame.html: <${found.tag}> has no attribute ${ignored.map((n) => `“${n}”`).join(', ')} (ignored)`);
  root.replaceChildren(el);
}

void show();

const frameScript = document.createElement('script');
frameScript.type = 'module';
frameScript.src = '/embed/tiendo-frame.js';
document.head.append(frameScript);
