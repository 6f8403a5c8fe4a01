/**
 * `tiendo-frame.js`, in a widget's standalone page (`tiendo-render --page`) shown in an `<iframe>`:
 * tells the host page its height whenever it changes (`postMessage`, `{ type: 'tiendo:height',
 * height }`), which `tiendo-resizer.js` on the host applies. Only a height crosses frames.
 * @module
 */
if (parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: 'tiendo:height', height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('load', post);
}
