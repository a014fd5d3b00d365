// The gateway joins every client to a backend; the helper ends each side with the other.
const net = require("net");
const { join, openBackend } = require("./tunnel");

const backends = [{ host: "10.0.0.7", port: 5432 }, { host: "10.0.0.8", port: 5432 }];
let turn = 0;

net.createServer((client) => {
  const backend = openBackend(backends[turn++ % backends.length]);
  client.on("error", () => {});
  backend.on("error", () => {});
  join(client, backend);
}).listen(15432);
