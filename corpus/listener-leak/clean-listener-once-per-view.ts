// The same plugin view, listening once from its constructor and letting go in destroy(); update()
// only reads the state.
interface EditorView { dom: HTMLElement; state: { selection: { from: number } } }

export class LinkTooltipView {
  private readonly tooltip = document.createElement('div');
  private readonly onLeave = () => this.hide();

  constructor(private readonly view: EditorView) {
    view.dom.addEventListener('mouseleave', this.onLeave);
    view.dom.parentNode?.appendChild(this.tooltip);
  }

  update(view: EditorView): void {
    this.tooltip.textContent = String(view.state.selection.from);
  }

  hide(): void {
    this.tooltip.hidden = true;
  }

  destroy(): void {
    this.view.dom.removeEventListener('mouseleave', this.onLeave);
    this.tooltip.remove();
  }
}
