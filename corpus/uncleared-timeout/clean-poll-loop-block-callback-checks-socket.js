// The status loop leaves as soon as its socket is gone: the callback returns before it
// reschedules, so the loop ends with the connection.
const net = require('net');
const status = require('./status');

net.createServer((socket) => {
  function report() {
    setTimeout(() => {
      if (socket.destroyed) return;
      socket.write(JSON.stringify(status.snapshot()) + '\n');
      report();
    }, 5000);
  }
  report();
}).listen(7070);
