// A TCP server samples each connection's throughput every second and stops only when the
// connection idles out. A client that disconnects before the idle timeout never triggers it.
const net = require('net');

net.createServer((socket) => {
  socket.setTimeout(60_000);
  const sampler = setInterval(() => console.log(socket.remoteAddress, socket.bytesRead), 1000); // expect: uncleared-interval
  socket.on('timeout', () => {
    clearInterval(sampler);
    socket.end();
  });
}).listen(7001);
