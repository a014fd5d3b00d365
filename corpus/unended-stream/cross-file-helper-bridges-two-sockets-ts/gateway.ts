// The gateway: every accepted connection is joined to a backend through the helper, which
// pipes them into each other and nothing else; a client reset never ends its backend socket.
import net from "node:net";
import { join, openBackend, type Backend } from "./tunnel";

const backends: Backend[] = [{ host: "10.0.0.7", port: 5432 }, { host: "10.0.0.8", port: 5432 }];
let turn = 0;

net.createServer((client: net.Socket) => {
  const backend = openBackend(backends[turn++ % backends.length]);
  const meter = { in: 0, out: 0 };
  client.on("error", () => undefined);
  backend.on("error", () => undefined);
  join(client, backend, meter); // expect: unended-stream
  client.once("close", () => console.info("bytes", meter.in, meter.out));
}).listen(15432);
