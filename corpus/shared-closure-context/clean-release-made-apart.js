// The release function is made by a method of its own, whose call captures only the client:
// it keeps nothing of the checkout.
const { EventEmitter } = require('events');

class Pool extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
  }

  _checkout(client, pending) {
    client.release = this._releaser(client);
    this.options.verify(client, (err) => {
      if (err) return pending.callback(err);
      pending.callback(null, client, client.release);
    });
  }

  _releaser(client) {
    let released = false;
    return (err) => {
      if (released) throw new Error('released twice');
      released = true;
      this._return(client, err);
    };
  }

  _return(client, err) {
    this.emit('release', err, client);
  }
}

module.exports = Pool;
