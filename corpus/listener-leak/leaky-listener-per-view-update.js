// An editor plugin view: the editor calls update() on every transaction and destroy() once.
// Each update adds another 'mouseleave' listener to the editor's DOM node, which lives for the
// whole editor, so a long session collects thousands of them, each holding this view.
export class LinkTooltipView {
  constructor(view) {
    this.tooltip = document.createElement('div');
    view.dom.parentNode.appendChild(this.tooltip);
  }

  update(view) {
    view.dom.addEventListener('mouseleave', () => this.hide()); // expect: listener-leak
    this.tooltip.textContent = String(view.state.selection.from);
  }

  hide() {
    this.tooltip.hidden = true;
  }

  destroy() {
    this.tooltip.remove();
  }
}
