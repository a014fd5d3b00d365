// `watchSku()` wraps the callback, adds the wrapper to the inventory and returns it; the
// stream route keeps it but never takes it off.
const { EventEmitter } = require('events');
const express = require('express');

class Inventory extends EventEmitter {
  watchSku(sku, fn) {
    const listener = (event) => {
      if (event.sku === sku) fn(event);
    };
    this.on('stock', listener);
    return listener;
  }
}

const inventory = new Inventory();
const app = express();

app.get('/sku/:sku/stock', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const listener = inventory.watchSku(req.params.sku, (event) => res.write(`data: ${event.stock}\n\n`)); // expect: listener-leak
  res.write(`: watching with ${listener.name || 'a listener'}\n\n`);
});

app.listen(3038);
