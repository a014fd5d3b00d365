// A module of event helpers: `subscribe` registers the callback on the bus it is given.
const events = {
  subscribe(bus, fn) {
    bus.on('event', fn);
  },
};

module.exports = events;
