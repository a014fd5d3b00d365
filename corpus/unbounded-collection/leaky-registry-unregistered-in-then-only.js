// Each export registers a cancel hook on the module's registry and unregisters it when the export
// succeeds; a failed export keeps its hook (and its controller) for good.
'use strict';
const express = require('express');

class CancelHooks {
  constructor() {
    this.hooks = new Map();
    this.next = 1;
  }

  add(fn) {
    const id = this.next++;
    this.hooks.set(id, fn);
    return id;
  }

  remove(id) {
    this.hooks.delete(id);
  }
}

const cancelHooks = new CancelHooks();
const app = express();

app.post('/exports', (req, res) => {
  const controller = new AbortController();
  const hook = cancelHooks.add(() => controller.abort()); // expect: unbounded-collection
  fetch('http://exporter.internal/run', { method: 'POST', signal: controller.signal })
    .then(() => cancelHooks.remove(hook))
    .catch((err) => console.error('export failed', err));
  res.sendStatus(202);
});

app.listen(3110);
