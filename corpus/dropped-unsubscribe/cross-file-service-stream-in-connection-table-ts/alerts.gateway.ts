// Each WebSocket client keeps a table of the regions it watches; a 'stop' message ends one,
// and nothing ends the rest when the client goes away.
import { WebSocketServer, type WebSocket } from "ws";
import type { Subscription } from "rxjs";
import { alerts } from "./alerts.service";

export function startAlertGateway(port: number): WebSocketServer {
  const wss = new WebSocketServer({ port });
  wss.on("connection", (ws: WebSocket) => {
    const watching = new Map<string, Subscription>();
    ws.on("message", (raw) => {
      const msg = JSON.parse(raw.toString()) as { op: "watch" | "stop"; region: string };
      if (msg.op === "watch" && !watching.has(msg.region)) {
        const sub = alerts.forRegion(msg.region).subscribe((alert) => ws.send(JSON.stringify(alert))); // expect: dropped-unsubscribe
        watching.set(msg.region, sub);
      } else if (msg.op === "stop") {
        watching.get(msg.region)?.unsubscribe();
        watching.delete(msg.region);
      }
    });
    ws.on("close", () => {
      watching.clear();
    });
  });
  return wss;
}
