// Operators' dashboard sockets. The 'close' handler that forgets a socket is registered
// before the token is checked, so a socket closed for a bad token is forgotten too.
const { WebSocketServer } = require('ws');
const { verifyOperator } = require('./auth');

const operators = new Map();

function serve(port) {
  const wss = new WebSocketServer({ port });
  wss.on('connection', async (ws, req) => {
    const id = req.headers['sec-websocket-key'];
    operators.set(id, { ws, since: Date.now() });
    ws.on('close', () => operators.delete(id));
    try {
      const operator = await verifyOperator(req.headers.authorization);
      operators.get(id).name = operator.name;
      ws.send(JSON.stringify({ hello: operator.name }));
    } catch (err) {
      ws.close(4401, 'unauthorized');
    }
  });
  return wss;
}

module.exports = { serve };
