// The same client, where the reply callback deletes its own entry: both the answer and the
// timeout remove it, so the map holds only requests still in flight. The deletes go through
// `self`, which holds `this`, and must not read as another object's field.
function Bridge(target) {
  this.target = target;
  this.waiting = {};
  this.sent = 0;
}

Bridge.prototype.ask = function (method, params) {
  var self = this;
  var message = { id: self.sent++, method: method, params: params };
  return new Promise(function (resolve, reject) {
    var timer = setTimeout(function () {
      delete self.waiting[message.id];
      reject(new Error('no answer to ' + method));
    }, 4000);
    self.waiting[message.id] = function (error, result) {
      clearTimeout(timer);
      delete self.waiting[message.id];
      if (error) return reject(error);
      resolve(result);
    };
    self.target.postMessage(JSON.stringify(message), '*');
  });
};

Bridge.prototype.receive = function (data) {
  var reply = JSON.parse(data);
  if (this.waiting[reply.id]) this.waiting[reply.id](reply.error, reply.result);
};

module.exports = Bridge;
