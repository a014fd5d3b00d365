// A prototype-style RPC client keeps the channel its constructor is handed; every request
// hands that shared channel to onReply(), which adds one more listener to it for good.
'use strict';

const { onReply } = require('./wire');

function RpcClient(channel) {
  this.channel = channel;
  this.seq = 0;
}

RpcClient.prototype.request = function request(queue, payload, callback) {
  const id = String(++this.seq);
  onReply(this.channel, id, callback); // expect: listener-leak
  this.channel.send(queue, { id, payload });
};

module.exports = { RpcClient };
