// Handlers of events an emitter fires once ('open', 'error', 'close') run once per emitter,
// so listeners they add on that emitter do not pile up.
const WebSocket = require('ws');

function connect(url, onMessage) {
  const ws = new WebSocket(url);
  ws.on('open', () => {
    ws.on('message', onMessage);
    ws.on('close', () => console.log('closed'));
  });
  ws.on('error', (err) => {
    ws.on('close', () => console.error('closed after', err.message));
  });
  return ws;
}

module.exports = { connect };
