// An editor view creates a cursor blinker (which runs an interval) in its constructor and
// disposes its other parts, but not the blinker: every closed view keeps blinking.
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
    this.blinker = new CursorBlinker(this); // expect: undisposed-child
  }

  toggleCursor() {
    this.element.classList.toggle('cursor-off');
  }

  dispose() {
    this.element.remove();
  }
}
