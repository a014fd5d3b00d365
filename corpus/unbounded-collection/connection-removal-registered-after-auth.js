// Operators' dashboard sockets. The 'close' handler that forgets a socket is registered only
// once the token checks out; a socket whose token fails is destroyed in the catch, and its
// entry stays in `operators` for good.
const { WebSocketServer } = require('ws');
const { verifyOperator } = require('./auth');

const operators = new Map(); // expect: unbounded-collection

function serve(port) {
  const wss = new WebSocketServer({ port });
  wss.on('connection', async (ws, req) => {
    const id = req.headers['sec-websocket-key'];
    operators.set(id, { ws, since: Date.now() });
    try {
      const operator = await verifyOperator(req.headers.authorization);
      operators.get(id).name = operator.name;
      ws.on('close', () => operators.delete(id));
      ws.send(JSON.stringify({ hello: operator.name }));
    } catch (err) {
      ws.close(4401, 'unauthorized');
    }
  });
  return wss;
}

module.exports = { serve };
