// The same sidecar proxy: the handler destroys each side when the other closes, however it
// closes, so `.pipe` both ways leaves nothing open.
import net from "node:net";

const UPSTREAM = { host: process.env.REDIS_HOST ?? "127.0.0.1", port: 6379 };

function splice(downstream: net.Socket, upstream: net.Socket): void {
  downstream.pipe(upstream);
  upstream.pipe(downstream);
}

const server = net.createServer((client: net.Socket) => {
  const upstream = net.connect(UPSTREAM);
  client.on("error", (err: NodeJS.ErrnoException) => console.warn("client", err.code));
  upstream.on("error", (err: NodeJS.ErrnoException) => console.warn("upstream", err.code));
  client.on("close", () => upstream.destroy());
  upstream.on("close", () => client.destroy());
  splice(client, upstream);
});

server.listen(6380);
