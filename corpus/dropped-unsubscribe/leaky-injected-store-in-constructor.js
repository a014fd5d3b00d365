// A widget that follows a store the page hands to each widget it makes. The constructor
// subscribes and drops the subscription; its callback holds the widget, so the page's store
// keeps every widget ever made, removed or not.
class Widget {
  constructor(store, element) {
    this.element = element;
    store.subscribe((state) => { // expect: dropped-unsubscribe
      this.element.textContent = state.title;
    });
  }
}

module.exports = Widget;
