// Every connection makes a tracker whose interval nothing ever clears, not even leave().
const { Server } = require('socket.io');
const { Presence } = require('./presence');

const io = new Server(3000);
io.on('connection', (socket) => {
  const presence = new Presence(socket, 'lobby'); // expect: uncleared-interval
  socket.on('disconnect', () => presence.leave());
});
