'use strict';

const http = require('http');
const { Server } = require('socket.io');
const { pushProgress } = require('./poll');

const server = http.createServer();
const io = new Server(server);

io.on('connection', (socket) => {
  pushProgress(socket, socket.handshake.query.job || 'default'); // expect: uncleared-timeout
});

server.listen(3030);
