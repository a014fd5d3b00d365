// An async connection handler listens for the end of the socket it is handed: the socket is
// made for this connection and dies with it, so its listener goes with it.
const { Server } = require('socket.io');

const io = new Server(3001);

io.on('connection', async (socket) => {
  const user = await authenticate(socket.handshake.auth);
  socket.on('disconnect', () => console.log('bye', user.name));
});

async function authenticate(auth) {
  return { name: String(auth.token).slice(0, 8) };
}
