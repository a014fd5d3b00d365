// An object made per request and dropped after it: its fields die with it, whatever they hold.
const http = require('http');

class RequestTrace {
  constructor() {
    this.events = new Map();
  }

  mark(name) {
    this.events.set(name + ':' + Date.now(), process.hrtime.bigint());
  }
}

http.createServer((req, res) => {
  const trace = new RequestTrace();
  trace.mark('start');
  res.end('ok');
}).listen(8090);
