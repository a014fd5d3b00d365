// Two in-memory replicas kept in sync by piping their replication streams into each other.
// Neither side is a network connection: nothing resets one without the other ending.
const { Duplex } = require("stream");

class Replica {
  constructor() {
    this.state = new Map();
  }

  createStream() {
    const replica = this;
    return new Duplex({
      objectMode: true,
      read() {},
      write(update, _encoding, done) {
        replica.state.set(update.key, update.value);
        done();
      },
    });
  }
}

function mirror(source) {
  const copy = new Replica();
  const left = source.createStream();
  const right = copy.createStream();
  left.pipe(right).pipe(left);
  return copy;
}

module.exports = { Replica, mirror };
