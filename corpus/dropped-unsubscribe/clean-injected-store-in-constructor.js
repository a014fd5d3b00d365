// The widget keeps its subscription and ends it in `destroy()`, and its log line subscribes
// with a callback that holds nothing of the widget. A naive matcher sees `store.subscribe`
// in a constructor.
class Widget {
  constructor(store, element, log) {
    this.element = element;
    this.unsubscribe = store.subscribe((state) => {
      this.element.textContent = state.title;
    });
    store.subscribe((state) => log(state.title));
  }

  destroy() {
    this.unsubscribe();
  }
}

module.exports = Widget;
