// Runs in the page: the shadow DOM of every Tiến độ element as a comparable tree (tags, sorted
// attributes, text), without comments and white-space-only text, and its visible text.
export function shadowSnapshots() {
  const tags = 'tiendo-progress,tiendo-ranking,tiendo-strong-share,tiendo-scorecard,tiendo-chart';
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      return node.data.replace(/\s+/g, ' ');
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return null;
    // Adjacent text nodes (the client's, split at each binding) read as one, as the parser makes them.
    const kids = [];
    for (const k of [...node.childNodes].map(walk)) {
      if (k === null) continue;
      if (typeof k === 'string' && typeof kids.at(-1) === 'string') kids[kids.length - 1] = `${kids.at(-1)}${k}`.replace(/\s+/g, ' ');
      else kids.push(k);
    }
    const trimmed = kids.filter((k) => typeof k !== 'string' || k.trim());
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return trimmed;
    // The server's <style> is the client's adopted style sheet.
    if (node.localName === 'style') return null;
    const attrs = [...node.attributes].map((a) => `${a.name}=${a.value}`).sort();
    return [node.localName, attrs, trimmed];
  };
  return [...document.querySelectorAll(tags)].map((el) => ({
    tag: el.localName,
    id: el.id,
    defined: customElements.get(el.localName) !== undefined,
    tree: el.shadowRoot ? JSON.stringify(walk(el.shadowRoot)) : null,
    // Elements' and text nodes' text: comments (Lit's markers on the client) are not text.
    text: [...(el.shadowRoot?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && n.localName !== 'style')).map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim(),
    height: el.getBoundingClientRect().height,
  }));
}
