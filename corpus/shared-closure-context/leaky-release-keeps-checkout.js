// A pool gives each checkout a release function stored on the client. The verify callback
// beside it captures the pending checkout, so the one context of `_checkout()`'s call holds
// it, and the release function, which lives on the pooled client, keeps it after the checkout
// is long done, with its callback and everything that callback closes over.
const { EventEmitter } = require('events');

class Pool extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
  }

  _checkout(client, pending) {
    let released = false;
    client.release = (err) => { // expect: shared-closure-context
      if (released) throw new Error('released twice');
      released = true;
      this._return(client, err);
    };
    this.options.verify(client, (err) => {
      if (err) return pending.callback(err);
      pending.callback(null, client, client.release);
    });
  }

  _return(client, err) {
    this.emit('release', err, client);
  }
}

module.exports = Pool;
