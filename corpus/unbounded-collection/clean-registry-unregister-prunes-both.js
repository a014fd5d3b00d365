// The registry's `unregister()` takes the plugin out of both the map and the ordering array,
// so a plugin that goes leaves nothing behind. A naive matcher sees a push into a singleton's
// array in a method called at unknown times.
class Registry {
  constructor() {
    this.plugins = new Map();
    this.order = [];
  }

  register(name, plugin) {
    this.plugins.set(name, plugin);
    this.order.push(name);
  }

  unregister(name) {
    this.plugins.delete(name);
    const index = this.order.indexOf(name);
    if (index !== -1) this.order.splice(index, 1);
  }
}

module.exports = new Registry();
