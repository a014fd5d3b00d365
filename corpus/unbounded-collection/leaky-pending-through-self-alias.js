// An older-style client keeps `var self = this` because its promise executor is a plain
// function. The reply callback clears the timer that was the only removal, so every request
// that gets an answer leaves its callback in the map for the life of the client.
function Bridge(target) {
  this.target = target;
  this.waiting = {}; // expect: unbounded-collection
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
