// The same helper; the route takes the returned wrapper off the inventory when the client leaves.
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
  const listener = inventory.watchSku(req.params.sku, (event) => res.write(`data: ${event.stock}\n\n`));
  req.on('close', () => inventory.off('stock', listener));
});

app.listen(3038);
