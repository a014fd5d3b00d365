// A prototype-style RPC client keeps each call's timer in its pending entry. The reply
// handler removes the entry first, then clears the timer only for a successful reply: an
// error reply leaves the timer pending, with the call's closure, until it fires.
'use strict';

const { EventEmitter } = require('events');
const util = require('util');

function RpcChannel(socket, timeoutMs) {
  EventEmitter.call(this);
  this.socket = socket;
  this.timeoutMs = timeoutMs || 15000;
  this.pending = new Map();
  this.seq = 0;
  socket.on('message', (raw) => this.receive(JSON.parse(raw)));
}

util.inherits(RpcChannel, EventEmitter);

RpcChannel.prototype.call = function call(method, params) {
  const id = ++this.seq;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { // expect: uncleared-timeout
      this.pending.delete(id);
      reject(new Error(method + ' timed out'));
    }, this.timeoutMs);
    this.pending.set(id, { resolve, reject, timer });
    this.socket.send(JSON.stringify({ id, method, params }));
  });
};

RpcChannel.prototype.receive = function receive(reply) {
  const entry = this.pending.get(reply.id);
  if (!entry) return;
  this.pending.delete(reply.id);
  if (reply.error === undefined) {
    clearTimeout(entry.timer);
    entry.resolve(reply.result);
  } else {
    entry.reject(new Error(reply.error));
  }
};

module.exports = { RpcChannel };
