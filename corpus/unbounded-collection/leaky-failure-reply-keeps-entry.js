// An RPC client over a message channel answers each call from the channel's replies. The
// result reply takes the call out of `inFlight`; the error reply only rejects it, so every
// call that fails on the other side stays in the map, with its caller's promise functions.
class RpcClient {
  constructor(channel) {
    this.channel = channel;
    this.seq = 0;
    this.inFlight = new Map(); // expect: unbounded-collection
    this.onResult = (id, value) => {
      const call = this.inFlight.get(id);
      if (!call) return;
      this.inFlight.delete(id);
      call.resolve(value);
    };
    this.onError = (id, message) => {
      const call = this.inFlight.get(id);
      if (call) call.reject(new Error(message));
    };
    channel.on('rpc.result', this.onResult);
    channel.on('rpc.error', this.onError);
  }

  call(method, params) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.inFlight.set(id, { resolve, reject });
      this.channel.send({ id, method, params });
    });
  }

  close() {
    this.channel.off('rpc.result', this.onResult);
    this.channel.off('rpc.error', this.onError);
  }
}

module.exports = { RpcClient };
