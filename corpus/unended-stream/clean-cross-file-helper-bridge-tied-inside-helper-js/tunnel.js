// Helpers of a TCP gateway; `join` ties the two sockets itself: whichever closes first, for
// whatever reason, takes the other down with it.
const net = require("net");

function openBackend(target) {
  const socket = net.connect({ host: target.host, port: target.port });
  socket.setNoDelay(true);
  return socket;
}

function join(front, back) {
  front.pipe(back);
  back.pipe(front);
  front.on("close", () => back.destroy());
  back.on("close", () => front.destroy());
}

module.exports = { join, openBackend };
