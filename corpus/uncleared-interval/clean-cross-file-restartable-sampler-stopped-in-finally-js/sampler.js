// Samples a queue's depth on a schedule until stopped.
class DepthSampler {
  constructor(read, everyMs = 200) {
    this.read = read;
    this.everyMs = everyMs;
    this.samples = [];
  }

  start() {
    this.timer = setInterval(async () => {
      this.samples.push(await this.read());
    }, this.everyMs);
  }

  stop() {
    clearInterval(this.timer);
    return this.samples;
  }
}

module.exports = { DepthSampler };
