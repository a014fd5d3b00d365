// A debug console over TCP that streams the process's query events to each connected
// operator; on close it unsubscribes a new function, not the one it subscribed.
const dc = require('diagnostics_channel');
const net = require('net');

const queries = dc.channel('app:db:query');

net.createServer((sock) => {
  queries.subscribe((event) => sock.write(`${JSON.stringify(event)}\n`)); // expect: dropped-unsubscribe
  sock.on('close', () => {
    queries.unsubscribe((event) => sock.write(`${JSON.stringify(event)}\n`));
  });
}).listen(7007);
