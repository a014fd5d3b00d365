// The factory's class is made once per upload and dropped when that upload ends: its table of
// unacknowledged chunks lives exactly as long as the one transfer, whatever it keeps.
'use strict';

var uid2 = require('uid2');

module.exports = function makeUploads(channel, ackWaitMs) {
  function UploadJob(file) {
    this.file = file;
    this.unacked = {};
  }

  UploadJob.prototype.sendChunk = function (bytes) {
    var self = this;
    var chunkid = uid2(10);
    var timer = setTimeout(function () {
      delete self.unacked[chunkid];
    }, ackWaitMs);
    self.unacked[chunkid] = { size: bytes.length, timer: timer };
    channel.send({ chunkid: chunkid, file: self.file, bytes: bytes });
  };

  UploadJob.prototype.onAck = function (ack) {
    var self = this;
    var pending = self.unacked[ack.chunkid];
    if (pending) clearTimeout(pending.timer);
  };

  return UploadJob;
};
