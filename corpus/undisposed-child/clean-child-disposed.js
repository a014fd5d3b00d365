// The same view disposes its blinker with itself.
class CursorBlinker {
  constructor(view) {
    this.timer = setInterval(() => view.toggleCursor(), 500);
  }

  dispose() {
    clearInterval(this.timer);
  }
}

export class EditorView {
  constructor(element) {
    this.element = element;
    this.blinker = new CursorBlinker(this);
  }

  toggleCursor() {
    this.element.classList.toggle('cursor-off');
  }

  dispose() {
    this.blinker.dispose();
    this.element.remove();
  }
}
