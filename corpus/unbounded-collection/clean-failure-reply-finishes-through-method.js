// The RPC client settles both replies through one method that takes the call out first.
class RpcClient {
  constructor(channel) {
    this.channel = channel;
    this.seq = 0;
    this.inFlight = new Map();
    this.onResult = (id, value) => this.finish(id, null, value);
    this.onError = (id, message) => this.finish(id, new Error(message));
    channel.on('rpc.result', this.onResult);
    channel.on('rpc.error', this.onError);
  }

  finish(id, error, value) {
    const call = this.inFlight.get(id);
    if (!call) return;
    this.inFlight.delete(id);
    if (error) call.reject(error);
    else call.resolve(value);
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
