// A plugin factory declares its bridge class and returns it; the host makes one bridge per
// worker for the life of the process. A complete reply clears the entry's timeout and then
// deletes by `call.callid`, a field the stored record never had: the entry stays.
'use strict';

var uid2 = require('uid2');

module.exports = function createBridge(port, options) {
  var waitMs = (options && options.waitMs) || 5000;

  function WorkerBridge(name) {
    this.name = name;
    this.calls = {}; // expect: unbounded-collection
    var self = this;
    port.on('message', function (reply) { self.onReply(reply); });
  }

  WorkerBridge.prototype.onReply = function (reply) {
    var self = this;
    var call = reply && self.calls[reply.callid];
    if (!call) return;
    call.parts.push(reply.part);
    if (call.parts.length === call.expected) {
      clearTimeout(call.timer);
      call.done(null, call.parts);
      delete self.calls[call.callid];
    }
  };

  WorkerBridge.prototype.gather = function (method, expected, done) {
    var self = this;
    var callid = uid2(8);
    var timer = setTimeout(function () {
      delete self.calls[callid];
      done(new Error(method + ' timed out'));
    }, waitMs);
    self.calls[callid] = { parts: [], expected: expected, done: done, timer: timer };
    port.postMessage({ callid: callid, method: method, to: self.name });
  };

  return WorkerBridge;
};
