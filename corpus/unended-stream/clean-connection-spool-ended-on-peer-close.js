// The same collector ends the spool on 'close', which every connection emits however it ends.
const fs = require("fs");
const net = require("net");

net.createServer((socket) => {
  let spool = null;
  socket.setTimeout(120000, () => socket.destroy());
  socket.on("data", (chunk) => {
    if (!spool) {
      spool = fs.createWriteStream(`/var/spool/telemetry/${socket.remoteAddress}-${Date.now()}.log`, { flags: "a" });
      spool.on("error", () => socket.destroy());
    }
    spool.write(chunk);
  });
  socket.on("close", () => {
    if (spool) spool.end();
  });
  socket.on("error", () => {});
}).listen(7070);
