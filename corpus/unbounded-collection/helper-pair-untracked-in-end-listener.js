'use strict';
const net = require('net');

const sessions = new Map(); // expect: unbounded-collection
let nextId = 1;

function register(socket) {
  const id = nextId++;
  sessions.set(id, { socket, since: Date.now() });
  return id;
}

function unregister(id) {
  sessions.delete(id);
}

const server = net.createServer((socket) => {
  const id = register(socket);
  socket.setTimeout(60000, () => socket.destroy());
  socket.on('data', (chunk) => socket.write(chunk));
  socket.on('end', () => {
    unregister(id);
  });
  socket.on('error', (err) => {
    console.warn(`session ${id}: ${err.message}`);
  });
});

server.listen(7007);
