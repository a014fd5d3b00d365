// The same service, stopping whatever the connection still watches when it closes.
import { WebSocketServer, type WebSocket } from "ws";

function every(ms: number, task: () => void): { stop(): void } {
  const timer = setInterval(task, ms);
  return { stop: () => clearInterval(timer) };
}

const wss = new WebSocketServer({ port: 8091 });

wss.on("connection", (ws: WebSocket) => {
  const watching = new Map<string, { stop(): void }>();
  ws.on("message", (raw) => {
    const { op, symbol } = JSON.parse(String(raw)) as { op: string; symbol: string };
    if (op === "watch" && !watching.has(symbol)) {
      const poller = every(2000, () => ws.send(JSON.stringify({ symbol, at: Date.now() })));
      watching.set(symbol, poller);
    } else if (op === "unwatch") {
      watching.get(symbol)?.stop();
      watching.delete(symbol);
    }
  });
  ws.on("close", () => {
    for (const poller of watching.values()) poller.stop();
    watching.clear();
  });
});
