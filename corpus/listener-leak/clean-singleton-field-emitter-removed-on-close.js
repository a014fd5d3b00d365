// The same board, with the listener taken off again through `offJob()` when the client leaves.
const http = require('http');
const { EventEmitter } = require('events');

class JobBoard {
  constructor() {
    this.events = new EventEmitter();
    this.done = 0;
  }

  finish(job) {
    this.done += 1;
    this.events.emit('finished', job);
  }

  onJob(callback) {
    this.events.on('finished', callback);
  }

  offJob(callback) {
    this.events.off('finished', callback);
  }
}

const board = new JobBoard();

http.createServer((req, res) => {
  if (req.method === 'POST') {
    board.finish({ id: Date.now() });
    res.end('ok');
    return;
  }
  const write = (job) => res.write(`${job.id}\n`);
  board.onJob(write);
  req.on('close', () => board.offJob(write));
}).listen(8000);
