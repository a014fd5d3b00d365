// Emptied in place with `length = 0`.
const { EventEmitter } = require('events');

const bus = new EventEmitter();
const buffered = [];

bus.on('line', (line) => {
  buffered.push(line);
});

bus.on('drain', () => {
  process.stdout.write(buffered.join('\n'));
  buffered.length = 0;
});

module.exports = bus;
