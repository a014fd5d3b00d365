// Each connection remembers which rooms it joined in a Set of its own, so it subscribes to a
// room's feed at most once; but nothing ends those subscriptions when the client leaves, and
// the next connection starts its own set from empty: one more per room per connection.
const { Server } = require("socket.io");
const { Subject } = require("rxjs");

const roomEvents$ = new Subject();
const io = new Server(3002);

io.on("connection", (socket) => {
  const joined = new Set();
  socket.on("join", (room) => {
    if (!joined.has(room)) {
      joined.add(room);
      roomEvents$.subscribe((event) => { // expect: dropped-unsubscribe
        if (event.room === room) socket.emit("room-event", event);
      });
    }
  });
});

module.exports = { roomEvents$ };
