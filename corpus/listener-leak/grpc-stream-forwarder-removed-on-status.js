// Streams samples to a collector over gRPC, reopening the call when it ends; each call's
// forwarder comes off the long-lived buffer on 'status', which every call emits last.
const { EventEmitter } = require('events');

class Uplink {
  constructor(client) {
    this.client = client;
    this.samples = new EventEmitter();
  }

  open() {
    const call = this.client.push();
    const forward = (sample) => call.write(sample);
    this.samples.on('sample', forward);
    call.on('error', (err) => console.warn('uplink error', err.code));
    call.on('status', () => {
      this.samples.removeListener('sample', forward);
      setTimeout(() => this.open(), 1000);
    });
  }
}

module.exports = { Uplink };
