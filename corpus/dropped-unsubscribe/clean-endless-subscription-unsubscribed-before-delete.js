// Pushes a heartbeat to every connected client; on disconnect the subscription is ended and
// its entry deleted.
const { interval } = require('rxjs');
const { Server } = require('socket.io');

class HeartbeatHub {
  constructor() {
    this.beats = new Map();
  }

  join(socket) {
    const beat = interval(15_000).subscribe(() => socket.emit('beat', Date.now()));
    this.beats.set(socket.id, beat);
    socket.on('disconnect', () => {
      this.beats.get(socket.id)?.unsubscribe();
      this.beats.delete(socket.id);
    });
  }

  get connected() {
    return this.beats.size;
  }
}

const hub = new HeartbeatHub();
const io = new Server(3000);
io.on('connection', (socket) => hub.join(socket));

module.exports = { hub };
