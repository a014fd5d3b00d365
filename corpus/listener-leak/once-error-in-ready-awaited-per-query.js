'use strict';
// Every query awaits ready(), and ready() adds a `once('error')` to the store itself before it
// looks whether the store is ready: a healthy store never emits 'error', so each query leaves
// one more listener holding its promise's reject.
const { EventEmitter } = require('events');

class KeyValueStore extends EventEmitter {
  constructor(driver) {
    super();
    this.driver = driver;
    this.opened = false;
    driver.open().then(() => { this.opened = true; this.emit('open'); }, (err) => this.emit('error', err));
  }

  ready() {
    return new Promise((resolve, reject) => {
      this.once('error', reject); // expect: listener-leak
      if (this.opened) resolve();
      else this.once('open', resolve);
    });
  }

  async get(key) {
    await this.ready();
    return this.driver.get(key);
  }
}

module.exports = { KeyValueStore };
