// The same proxy, destroying each side when the other closes, however it closes.
import net from "node:net";

const CACHE = { host: process.env.CACHE_HOST ?? "127.0.0.1", port: 11211 };

const server = net.createServer((client: net.Socket) => {
  const upstream = net.connect(CACHE);
  client.setTimeout(60_000, () => client.destroy());
  client.pipe(upstream);
  upstream.pipe(client);
  client.on("close", () => upstream.destroy());
  upstream.on("close", () => client.destroy());
  client.on("error", (err) => console.debug("client error", err.message));
  upstream.on("error", (err) => console.debug("upstream error", err.message));
});

server.listen(11311);
