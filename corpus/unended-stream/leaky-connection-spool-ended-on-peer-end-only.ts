// A telemetry collector: each device connection gets a spool file once it says hello. The spool
// is ended only on the socket's 'end', which a connection that times out or is reset never
// emits, so those spools stay open with their descriptors and buffers.
import fs from "node:fs";
import net from "node:net";

net.createServer((socket: net.Socket) => {
  let spool: fs.WriteStream | null = null;
  socket.setTimeout(120_000, () => socket.destroy());
  socket.on("data", (chunk: Buffer) => {
    if (!spool) {
      spool = fs.createWriteStream(`/var/spool/telemetry/${socket.remoteAddress}-${Date.now()}.log`, { flags: "a" }); // expect: unended-stream
      spool.on("error", () => socket.destroy());
    }
    spool.write(chunk);
  });
  socket.on("end", () => {
    if (spool) spool.end();
  });
  socket.on("error", () => undefined);
}).listen(7070);
