// The bound function is made once and stored; add and remove pass the same object.
class Feed {
  constructor(source) {
    this.source = source;
    this.onData = this.onData.bind(this);
  }

  start() {
    this.source.on('data', this.onData);
  }

  stop() {
    this.source.off('data', this.onData);
  }

  onData(chunk) {
    return chunk;
  }
}

module.exports = Feed;
