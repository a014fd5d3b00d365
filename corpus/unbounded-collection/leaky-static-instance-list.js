// Every widget ever constructed registers itself in a static list that nothing trims, so no
// widget is ever collected, and a page that builds widgets per render grows without end.
class Widget {
  constructor(element) {
    this.element = element;
    Widget.instances.push(this);
  }
}

Widget.instances = []; // expect: unbounded-collection

function render(root, items) {
  for (const item of items) new Widget(root.appendChild(item));
}

module.exports = { Widget, render };
