// The same UMD client, deleting the entry when the answer comes as well as on timeout. The
// wrapper's own lookup table, filled once while the module loads, is not a leak either.
;(function (root) {
  var METHODS = {};
  ['get', 'set', 'del'].forEach(function (name) {
    METHODS[name] = 'store:' + name;
  });

  function FrameClient(frame) {
    this._frame = frame;
    this._pending = {};
    this._count = 0;
  }

  FrameClient.prototype.send = function (method, params) {
    var client, message;
    client = this;
    message = { id: 'req-' + ++client._count, method: METHODS[method], params: params };
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () {
        delete client._pending[message.id];
        reject(new Error('timed out: ' + method));
      }, 5000);
      client._pending[message.id] = function (error, result) {
        clearTimeout(timer);
        delete client._pending[message.id];
        if (error) return reject(new Error(error));
        resolve(result);
      };
      client._frame.postMessage(JSON.stringify(message), '*');
    });
  };

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = FrameClient;
  } else {
    root.FrameClient = FrameClient;
  }
}(this));
