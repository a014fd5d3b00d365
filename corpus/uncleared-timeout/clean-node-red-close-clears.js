// The same node clears every pending timeout when it closes, so a redeploy leaves nothing
// behind; a timer in the constructor itself runs once per node.
module.exports = function (RED) {
  function AwaitReplyNode(config) {
    RED.nodes.createNode(this, config);
    const node = this;
    const waiting = {};
    const ready = setTimeout(function () { node.status({ text: 'ready' }); }, 1000);

    node.on('input', function (msg, send, done) {
      const id = RED.util.generateId();
      waiting[id] = {
        msg: RED.util.cloneMessage(msg),
        timer: setTimeout(function () {
          delete waiting[id];
          done(new Error('no reply'));
        }, config.timeout || 30000),
      };
      send({ ...msg, replyTo: id });
    });

    node.on('close', function () {
      clearTimeout(ready);
      for (const id of Object.keys(waiting)) {
        clearTimeout(waiting[id].timer);
        delete waiting[id];
      }
    });
  }

  RED.nodes.registerType('await-reply', AwaitReplyNode);
};
