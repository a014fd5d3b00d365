// The abort handler forgets the call before it rejects, and every caller hands in a signal it
// makes for that call (`AbortSignal.any` of the request's and a timeout's), aborted when the
// request closes: neither the entry nor the 'abort' listener outlives the request.
const express = require('express');
const WebSocket = require('ws');

class RpcChannel {
  constructor(ws) {
    this.ws = ws;
    this.calls = new Map();
    this.seq = 0;
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw));
      const call = this.calls.get(msg.id);
      if (!call) return;
      this.calls.delete(msg.id);
      call.resolve(msg.result);
    });
  }

  call(method, params, signal) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      signal.addEventListener('abort', () => {
        this.calls.delete(id);
        reject(new Error(`${method} aborted`));
      }, { once: true });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }
}

const rpc = new RpcChannel(new WebSocket('ws://search.internal:7070'));
const app = express();

app.get('/search', async (req, res) => {
  const ac = new AbortController();
  req.on('close', () => ac.abort());
  try {
    res.json(await rpc.call('search', { q: String(req.query.q) }, AbortSignal.any([ac.signal, AbortSignal.timeout(8000)])));
  } catch (error) {
    if (!res.headersSent) res.status(504).end();
  }
});

app.listen(3950);
