// Follows a fixed list of feeds for the life of the process: the stops are kept for a
// graceful shutdown and the list is made once, at start-up.
const { refresh } = require('./feeds');

function follow(feed) {
  let timer;
  let running = true;
  const tick = async () => {
    await refresh(feed);
    if (running) timer = setTimeout(tick, 60000);
  };
  tick();
  return () => {
    running = false;
    clearTimeout(timer);
  };
}

function main(feeds) {
  const stops = new Map();
  for (const feed of feeds) stops.set(feed, follow(feed));
  return stops;
}

module.exports = { main };
