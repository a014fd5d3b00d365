// A Node-RED node that waits for an answer to each message arms a timeout per message and
// keeps it in a map, cleared when the answer comes. The node has no 'close' handler: when a
// redeploy closes it, every pending timeout keeps the old node and its cloned message alive
// until it fires.
module.exports = function (RED) {
  function AwaitReplyNode(config) {
    RED.nodes.createNode(this, config);
    const node = this;
    const waiting = {};

    node.on('input', function (msg, send, done) {
      const id = RED.util.generateId();
      waiting[id] = {
        msg: RED.util.cloneMessage(msg),
        timer: setTimeout(function () { // expect: uncleared-timeout
          delete waiting[id];
          done(new Error('no reply'));
        }, config.timeout || 30000),
      };
      send({ ...msg, replyTo: id });
    });

    node.reply = function (id, payload) {
      const entry = waiting[id];
      if (!entry) return;
      clearTimeout(entry.timer);
      delete waiting[id];
      node.send({ ...entry.msg, payload });
    };
  }

  RED.nodes.registerType('await-reply', AwaitReplyNode);
};
