// `relay()` iterates the events of the emitter it is handed with no way out; each stream hands
// it the process-wide ticker, so every client ever connected keeps a listener there.
const express = require('express');
const { EventEmitter, on } = require('node:events');

const ticker = new EventEmitter();
setInterval(() => ticker.emit('tick', Date.now()), 1000).unref();

async function relay(source, eventName, send) {
  for await (const [payload] of on(source, eventName)) {
    send(payload);
  }
}

const app = express();

app.get('/ticks', (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/event-stream' });
  relay(ticker, 'tick', (at) => res.write(`data: ${at}\n\n`)).catch(() => {}); // expect: listener-leak
});

app.listen(3000);
