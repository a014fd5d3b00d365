// A transport keeps each pending request, and for a streamed reply its stream, under the
// request's id. Its removal routine forgets the request only: the reply handler deletes the
// stream by hand, but a request that times out ends through the routine alone, and its
// stream stays in the map for good.
const { PassThrough } = require('stream');

class Transport {
  constructor() {
    this.pendingRequests = new Map();
    this.pendingStreams = new Map();
  }

  request(id, resolve, reject) {
    this.pendingRequests.set(id, { resolve, reject });
    setTimeout(() => {
      this.removePendingRequest(id);
      reject(new Error(`request ${id} timed out`));
    }, 30000);
  }

  onChunk(id, chunk) {
    let stream = this.pendingStreams.get(id);
    if (!stream) {
      stream = new PassThrough();
      this.pendingStreams.set(id, stream); // expect: unbounded-collection
      this.pendingRequests.get(id).resolve(stream);
    }
    stream.write(chunk);
  }

  onEnd(id) {
    this.removePendingRequest(id);
    this.pendingStreams.delete(id);
  }

  removePendingRequest(id) {
    this.pendingRequests.delete(id);
  }
}

module.exports = { Transport };
