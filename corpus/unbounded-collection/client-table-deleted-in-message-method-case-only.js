// The table loses a client only when it sends a 'leave' command, handled by a method the
// socket's 'command' listener calls; a client that just disconnects stays in it for good.
const { Server } = require('socket.io');

class LobbyServer {
  constructor(httpServer) {
    this.io = new Server(httpServer);
    this.players = {}; // expect: unbounded-collection
    this.io.on('connection', (socket) => this.join(socket));
  }

  join(socket) {
    this.players[socket.id] = { socket, name: socket.handshake.auth.name, ready: false };
    socket.on('command', (cmd) => this.onCommand(socket, cmd));
    socket.on('disconnect', () => {
      const player = this.players[socket.id];
      if (player) player.ready = false;
    });
  }

  onCommand(socket, cmd) {
    const player = this.players[socket.id];
    if (!player) return;
    switch (cmd.type) {
      case 'ready':
        player.ready = true;
        this.io.emit('lobby', this.summary());
        break;
      case 'leave':
        delete this.players[socket.id];
        socket.disconnect(true);
        break;
      default:
        socket.emit('lobby:error', `unknown command ${cmd.type}`);
    }
  }

  summary() {
    return Object.values(this.players).map((p) => ({ name: p.name, ready: p.ready }));
  }
}

module.exports = { LobbyServer };
