// Usage accounting: an emitter class whose method adds a listener to the instance itself.
const { EventEmitter } = require('events');

class Usage extends EventEmitter {
  onCharge(fn) {
    this.on('charge', fn);
  }

  charge(account, cents) {
    this.emit('charge', { account, cents });
  }
}

module.exports = { Usage };
