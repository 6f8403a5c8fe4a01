/**
 * `tiendo-resizer.js`, on a host page with Tiến độ iframes: sets each iframe's `height` attribute
 * to what its page reports (`tiendo-frame.js`), so the widget is never cut off nor followed by
 * empty space. Only messages from the iframes' own windows count; loading it twice is harmless.
 * @module
 */
const flag = '__tiendoResizer';
const w = window as unknown as Record<string, boolean>;
if (!w[flag]) {
  w[flag] = true;
  addEventListener('message', (e: MessageEvent<{ type?: unknown; height?: unknown }>) => {
    const { type, height } = e.data ?? {};
    if (type !== 'tiendo:height' || typeof height !== 'number' || !(height > 0 && height < 100000)) return;
    for (const f of document.querySelectorAll('iframe')) {
      if (f.contentWindow === e.source) f.height = String(Math.ceil(height));
    }
  });
}
