// The same relay, ended by a signal the stream aborts when its client goes away.
const express = require('express');
const { EventEmitter, on } = require('node:events');

const ticker = new EventEmitter();
setInterval(() => ticker.emit('tick', Date.now()), 1000).unref();

async function relay(source, eventName, send, signal) {
  for await (const [payload] of on(source, eventName, { signal })) {
    send(payload);
  }
}

const app = express();

app.get('/ticks', (req, res) => {
  const gone = new AbortController();
  req.on('close', () => gone.abort());
  res.writeHead(200, { 'Content-Type': 'text/event-stream' });
  relay(ticker, 'tick', (at) => res.write(`data: ${at}\n\n`), gone.signal).catch(() => {});
});

app.listen(3000);
