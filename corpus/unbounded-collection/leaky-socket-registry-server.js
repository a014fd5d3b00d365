// A game server files every client socket under a fresh id and never takes it out when the
// client disconnects: closed sockets pile up in `this.sockets`.
const { WebSocketServer } = require('ws');

function GameServer(port) {
  this.wss = new WebSocketServer({ port });
  this.sockets = {}; // expect: unbounded-collection
  this.nextClientId = 1;
  this.wss.on('connection', (ws) => this.accept(ws));
}

GameServer.prototype.accept = function (ws) {
  const clientId = this.nextClientId++;
  this.sockets[clientId] = ws;
  ws.send(JSON.stringify({ hello: clientId }));
};

module.exports = GameServer;
