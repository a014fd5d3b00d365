// The instance keeps its own emitter in a field; `onJob()` adds to it. The module keeps one
// instance, and every status request adds a listener holding its response.
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
}

const board = new JobBoard();

http.createServer((req, res) => {
  if (req.method === 'POST') {
    board.finish({ id: Date.now() });
    res.end('ok');
    return;
  }
  board.onJob((job) => res.write(`${job.id}\n`)); // expect: listener-leak
}).listen(8000);
