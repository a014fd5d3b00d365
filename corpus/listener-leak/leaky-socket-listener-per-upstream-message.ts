// A relay that forwards an upstream feed to a client socket. Every upstream message adds one
// more 'drain' listener to the client socket, which stays open for the whole session.
import net from "node:net";
import { WebSocket } from "ws";

export function relay(client: net.Socket, feedUrl: string): void {
  const upstream = new WebSocket(feedUrl);
  upstream.on("message", (data) => {
    if (!client.write(String(data))) {
      client.on("drain", () => upstream.resume()); // expect: listener-leak
      upstream.pause();
    }
  });
  client.on("close", () => upstream.close());
}
