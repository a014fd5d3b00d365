// A browser client written as a UMD module: everything lives inside the wrapper function, and
// the constructor's prototype methods reach the instance through `client = this`. Each
// request's callback is removed only when the request times out; an answered request clears
// the timer and leaves its callback in the map for the life of the client.
;(function (root) {
  function FrameClient(frame) {
    this._frame = frame;
    this._pending = {}; // expect: unbounded-collection
    this._count = 0;
  }

  FrameClient.prototype.send = function (method, params) {
    var client, message;
    client = this;
    message = { id: 'req-' + ++client._count, method: method, params: params };
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () {
        delete client._pending[message.id];
        reject(new Error('timed out: ' + method));
      }, 5000);
      client._pending[message.id] = function (error, result) {
        clearTimeout(timer);
        if (error) return reject(new Error(error));
        resolve(result);
      };
      client._frame.postMessage(JSON.stringify(message), '*');
    });
  };

  FrameClient.prototype.receive = function (event) {
    var reply = JSON.parse(event.data);
    if (this._pending[reply.id]) this._pending[reply.id](reply.error, reply.result);
  };

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = FrameClient;
  } else {
    root.FrameClient = FrameClient;
  }
}(this));
