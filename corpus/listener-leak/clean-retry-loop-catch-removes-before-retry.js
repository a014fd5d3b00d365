// The failed attempt takes its listener off the shutdown signal before going round again.
const WebSocket = require('ws');
const { setTimeout: sleep } = require('timers/promises');

const shutdown = new AbortController();
process.once('SIGTERM', () => shutdown.abort());

function open(url) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

async function connect(url) {
  for (let attempt = 1; !shutdown.signal.aborted; attempt += 1) {
    let ws;
    const onShutdown = () => ws && ws.close(1001);
    shutdown.signal.addEventListener('abort', onShutdown);
    try {
      ws = await open(url);
      ws.once('close', () => shutdown.signal.removeEventListener('abort', onShutdown));
      return ws;
    } catch (error) {
      shutdown.signal.removeEventListener('abort', onShutdown);
      await sleep(Math.min(60000, 500 * 2 ** attempt));
    }
  }
  throw new Error('shutting down');
}

module.exports = { connect };
