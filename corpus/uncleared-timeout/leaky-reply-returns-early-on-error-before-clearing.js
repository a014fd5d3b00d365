// The reply handler takes the call out of the table, then returns early for an error status
// before it reaches the clearTimeout: every failed call leaves its deadline timer pending.
'use strict';

class Channel {
  constructor(transport) {
    this.transport = transport;
    this.calls = new Map();
    this.next = 1;
    transport.onFrame((frame) => this.onFrame(frame));
  }

  invoke(method, payload, deadlineMs = 60000) {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { // expect: uncleared-timeout
        this.calls.delete(id);
        reject(new Error(method + ': deadline exceeded'));
      }, deadlineMs);
      this.calls.set(id, { resolve, reject, timer });
      this.transport.send({ id, method, payload });
    });
  }

  onFrame(frame) {
    const call = this.calls.get(frame.id);
    if (!call) return;
    this.calls.delete(frame.id);
    if (frame.status !== 'ok') {
      call.reject(new Error(frame.message));
      return;
    }
    clearTimeout(call.timer);
    call.resolve(frame.payload);
  }
}

module.exports = { Channel };
