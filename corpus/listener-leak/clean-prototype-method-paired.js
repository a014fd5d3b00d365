// The same old-style class offering a way out: `watch` hands back a remover that each request
// calls when it closes, and `onStats` is only called once, at start-up.
const http = require('http');
const util = require('util');
const EventEmitter = require('events');

function StatsCollector() {
  EventEmitter.call(this);
}
util.inherits(StatsCollector, EventEmitter);

StatsCollector.prototype.onStats = function (fn) {
  this.on('stats', fn);
};

StatsCollector.prototype.watch = function (fn) {
  this.on('tick', fn);
  return () => this.removeListener('tick', fn);
};

const collector = new StatsCollector();
collector.onStats((stats) => console.log('stats', stats));

http.createServer((req, res) => {
  const stop = collector.watch(() => res.write('.'));
  req.on('close', stop);
}).listen(8081);
