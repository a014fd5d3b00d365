// The connection is made once and kept; every request then adds another listener to that
// same connection. The store sits under a guard, so it does not make the receiver new.
const http = require('http');
const { connect } = require('./broker');

let broker;

http.createServer((req, res) => {
  if (!broker) broker = connect();
  broker.on('price', (price) => res.write(`${price}\n`)); // expect: listener-leak
}).listen(8080);
