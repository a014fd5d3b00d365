// The caller takes care of the ends: each side is destroyed when the other closes.
import net from "node:net";
import { join } from "./tunnel";

net.createServer((client: net.Socket) => {
  const backend = net.connect({ host: "10.0.0.7", port: 5432 });
  client.on("error", () => undefined);
  backend.on("error", () => undefined);
  client.on("close", () => backend.destroy());
  backend.on("close", () => client.destroy());
  join(client, backend);
}).listen(15432);
