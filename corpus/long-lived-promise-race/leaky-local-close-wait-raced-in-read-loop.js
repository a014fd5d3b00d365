// One 'close' wait taken before the loop, raced against every frame: each frame leaves a
// reaction on it, with the frame the race resolved to, until the socket finally closes.
'use strict';
const { once } = require('node:events');

async function relayFrames(socket, queue, sink) {
  const closed = once(socket, 'close');
  for (;;) {
    const frame = await Promise.race([queue.next(), closed]); // expect: long-lived-promise-race
    if (!frame || Array.isArray(frame)) break;
    sink.write(frame.payload);
  }
}

module.exports = { relayFrames };
