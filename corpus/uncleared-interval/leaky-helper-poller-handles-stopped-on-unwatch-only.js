// Live prices over a WebSocket: each 'watch' starts a poller through a helper and keeps its
// handle in a table of the connection; only 'unwatch' stops one. A client that simply goes
// away leaves its pollers running, each with a closure over the dead socket.
const { WebSocketServer } = require("ws");

function every(ms, task) {
  const timer = setInterval(task, ms);
  return { stop: () => clearInterval(timer) };
}

const wss = new WebSocketServer({ port: 8091 });

wss.on("connection", (ws) => {
  const watching = new Map();
  ws.on("message", (raw) => {
    const { op, symbol } = JSON.parse(String(raw));
    if (op === "watch" && !watching.has(symbol)) {
      const poller = every(2000, () => ws.send(JSON.stringify({ symbol, at: Date.now() }))); // expect: uncleared-interval
      watching.set(symbol, poller);
    } else if (op === "unwatch") {
      watching.get(symbol)?.stop();
      watching.delete(symbol);
    }
  });
});
