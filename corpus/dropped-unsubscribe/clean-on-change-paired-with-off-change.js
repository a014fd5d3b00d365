// `onChange(fn)` here returns nothing to keep: the caller hands the same callback to
// `offChange()` when the socket disconnects, which is how this source removes it.
const { Server } = require('socket.io');
const { EventEmitter } = require('events');

const roster = new EventEmitter();
const online = new Set();

const presence = {
  onChange(fn) { roster.on('change', fn); },
  offChange(fn) { roster.off('change', fn); },
  set(user, on) {
    if (on) online.add(user); else online.delete(user);
    roster.emit('change', { user, on });
  },
};

const io = new Server(3000);
io.on('connection', (socket) => {
  const user = socket.handshake.auth.user;
  presence.set(user, true);
  const relay = (change) => socket.emit('presence', change);
  presence.onChange(relay);
  socket.on('disconnect', () => {
    presence.offChange(relay);
    presence.set(user, false);
  });
});
