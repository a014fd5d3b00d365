// Each accepted client gets its own remote connection, relayed through the helper; a client
// that vanishes without ending leaves the remote connection open, and the other way round.
import net from "node:net";
import { relay } from "./relay.mjs";

const totals = { sent: 0, received: 0 };

net.createServer((socket) => {
  socket.once("data", (hello) => {
    const port = hello.readUInt16BE(2);
    const host = hello.subarray(4, 8).join(".");
    const remote = net.createConnection({ host, port }, () => {
      socket.write(Buffer.from([0x00, 0x5a, 0, 0, 0, 0, 0, 0]));
      relay(socket, remote, totals); // expect: unended-stream
    });
    remote.on("error", () => socket.end());
  });
  socket.on("error", () => {});
}).listen(1080);
