// The floor: a bare Lit element that lists the rows as a table, no validation, no formatting.
import { LitElement, html } from 'lit';

class BareList extends LitElement {
  static properties = { rows: { attribute: false } };
  constructor() {
    super();
    this.rows = [];
  }
  render() {
    return html`<table><tbody>${this.rows.map((r) => html`<tr><td>${r.rank}</td><th>${r.name}</th><td>${r.pct}</td></tr>`)}</tbody></table>`;
  }
}
customElements.define('bare-list', BareList);
