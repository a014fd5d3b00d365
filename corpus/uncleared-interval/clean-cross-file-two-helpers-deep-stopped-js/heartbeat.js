'use strict';
const { repeat } = require('./repeat');

// Pings a client every 20 s until its socket closes.
function keepAlive(ws) {
  const beat = repeat(20000, () => ws.ping());
  ws.on('close', () => beat.stop());
}

module.exports = { keepAlive };
