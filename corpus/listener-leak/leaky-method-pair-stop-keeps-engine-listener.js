// A ticker that starts and stops an engine it keeps for life. `start()` adds a 'tick'
// listener to the engine each time; `stop()` stops the engine but leaves the listener, so
// every stop/start cycle adds one more, and each tick runs them all.
class Ticker {
  constructor(engine, sink) {
    this.engine = engine;
    this.sink = sink;
  }

  start() {
    this.engine.on('tick', (n) => this.sink.write(`tick ${n}\n`)); // expect: listener-leak
    this.engine.start();
  }

  stop() {
    this.engine.stop();
  }
}

module.exports = Ticker;
