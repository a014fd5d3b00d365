// The bridge is made once the upstream connects; the connection handler around it destroys
// each side when the other closes or fails.
import net from "node:net";

net.createServer((client: net.Socket) => {
  const upstream = net.connect({ host: "10.0.0.9", port: 6379 });
  upstream.on("connect", () => {
    client.pipe(upstream);
    upstream.pipe(client);
  });
  upstream.on("error", () => client.destroy());
  upstream.on("close", () => client.destroy());
  client.on("error", () => undefined);
  client.on("close", () => upstream.destroy());
}).listen(6390);
