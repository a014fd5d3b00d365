// Each connection starts a status loop whose timer callback does its work and then calls the
// loop again. Nothing stops it when the socket goes away, so every connection ever made
// keeps a loop, and its socket, alive.
const net = require('net');
const status = require('./status');

net.createServer((socket) => {
  function report() {
    setTimeout(() => {
      socket.write(JSON.stringify(status.snapshot()) + '\n');
      report();
    }, 5000);
  }
  report(); // expect: uncleared-timeout
}).listen(7070);
