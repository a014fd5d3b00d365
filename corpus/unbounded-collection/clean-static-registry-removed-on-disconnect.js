// <tool-tip for="save">…</tool-tip>: showing one hides every other visible tooltip.
class ToolTip extends HTMLElement {
  static all = new Set();

  connectedCallback() {
    ToolTip.all.add(this);
    this.hidden = true;
  }

  disconnectedCallback() {
    ToolTip.all.delete(this);
  }

  show() {
    for (const other of ToolTip.all) if (other !== this) other.hidden = true;
    this.hidden = false;
  }
}

customElements.define('tool-tip', ToolTip);
