// The same server removes each socket when it closes: the registry holds live clients only.
const { WebSocketServer } = require('ws');

function GameServer(port) {
  this.wss = new WebSocketServer({ port });
  this.sockets = {};
  this.nextClientId = 1;
  this.wss.on('connection', (ws) => this.accept(ws));
}

GameServer.prototype.accept = function (ws) {
  const clientId = this.nextClientId++;
  this.sockets[clientId] = ws;
  ws.on('close', () => {
    delete this.sockets[clientId];
  });
};

module.exports = GameServer;
