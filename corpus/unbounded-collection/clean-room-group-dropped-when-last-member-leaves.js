// Game lobbies keyed by a code from the URL; a lobby is dropped as soon as nobody is in it.
const { Server } = require('socket.io');

const io = new Server(3001);
const lobbies = new Map();

io.on('connection', (socket) => {
  const code = String(socket.handshake.query.lobby || 'open');
  let players = lobbies.get(code);
  if (!players) {
    players = [];
    lobbies.set(code, players);
  }
  players.push(socket.id);
  io.to(code).emit('players', players);
  socket.join(code);

  socket.on('disconnect', () => {
    const current = lobbies.get(code);
    if (!current) return;
    current.splice(current.indexOf(socket.id), 1);
    if (!current.length) {
      lobbies.delete(code);
    } else {
      io.to(code).emit('players', current);
    }
  });
});
