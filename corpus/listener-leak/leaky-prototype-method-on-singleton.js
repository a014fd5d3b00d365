// An old-style class (a constructor and its prototype) with one module-level instance. Its
// `onStats` method registers on the instance itself, and every request calls it: one more
// listener per request, each keeping the request's URL.
const http = require('http');
const util = require('util');
const EventEmitter = require('events');

function StatsCollector() {
  EventEmitter.call(this);
  this.count = 0;
}
util.inherits(StatsCollector, EventEmitter);

StatsCollector.prototype.onStats = function (fn) {
  this.on('stats', fn);
};

StatsCollector.prototype.hit = function () {
  this.count += 1;
  this.emit('stats', { count: this.count });
};

const collector = new StatsCollector();

http.createServer((req, res) => {
  collector.hit();
  collector.onStats((stats) => { // expect: listener-leak
    if (stats.count > 1000) console.warn('busy', req.url);
  });
  res.end('ok');
}).listen(8081);
