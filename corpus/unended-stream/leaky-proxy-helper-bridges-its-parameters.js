// A Redis sidecar proxy. `splice()` joins the two sockets it is handed with `.pipe` both ways;
// the connection handler calls it for every client and destroys neither side when the other
// is reset, so a client that drops without a FIN leaves its upstream connection open.
const net = require("net");

const UPSTREAM = { host: process.env.REDIS_HOST || "127.0.0.1", port: 6379 };

function splice(downstream, upstream) {
  downstream.pipe(upstream);
  upstream.pipe(downstream);
}

const server = net.createServer((client) => {
  const upstream = net.connect(UPSTREAM);
  client.on("error", (err) => console.warn("client", err.code));
  upstream.on("error", (err) => console.warn("upstream", err.code));
  splice(client, upstream); // expect: unended-stream
});

server.listen(6380);
