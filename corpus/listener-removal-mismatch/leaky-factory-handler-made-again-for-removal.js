// A panel listens through a handler made for its field, and removes a second one made the
// same way: the first keeps the panel on the window after it closes.
'use strict';

function makeResizeHandler(panel) {
  return () => panel.layout(window.innerWidth);
}

class Panel {
  open() {
    window.addEventListener('resize', makeResizeHandler(this));
  }

  close() {
    window.removeEventListener('resize', makeResizeHandler(this)); // expect: listener-removal-mismatch
  }

  layout(width) {
    this.width = width;
  }
}

module.exports = { Panel };
