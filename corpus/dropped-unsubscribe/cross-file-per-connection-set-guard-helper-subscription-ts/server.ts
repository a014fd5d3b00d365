// A connection follows each symbol once, guarded by its own Set, and drops what `follow()`
// hands back: the feed keeps every connection's callbacks after it is gone.
import { WebSocketServer, type WebSocket } from "ws";
import { follow } from "./feed";

const wss = new WebSocketServer({ port: 8092 });

wss.on("connection", (ws: WebSocket) => {
  const symbols = new Set<string>();
  ws.on("message", (raw) => {
    const symbol = String(raw).trim().toUpperCase();
    if (!symbols.has(symbol)) {
      symbols.add(symbol);
      follow(symbol, (quote) => ws.send(JSON.stringify(quote))); // expect: dropped-unsubscribe
    }
  });
});
