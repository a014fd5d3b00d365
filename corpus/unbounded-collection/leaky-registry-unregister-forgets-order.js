// A plugin registry kept as the module's one instance. `register()` records the plugin in a
// map and its name in an ordering array; `unregister()`, which undoes it, deletes from the
// map but forgets the array, so every plugin ever registered stays in `order`.
class Registry {
  constructor() {
    this.plugins = new Map();
    this.order = []; // expect: unbounded-collection
  }

  register(name, plugin) {
    this.plugins.set(name, plugin);
    this.order.push(name);
  }

  unregister(name) {
    this.plugins.delete(name);
  }
}

module.exports = new Registry();
