// `forget()` looks the model up first (which would register it) and returns early when there is
// none: on that path there is nothing in the table to remove.
class Registry {
  constructor() {
    this.models = {};
  }

  model(name, schema) {
    if (schema) this.models[name] = { name, schema };
    return this.models[name];
  }

  forget(name) {
    const model = this.model(name);
    if (typeof name === 'string') {
      if (model == null) {
        return this;
      }
      delete this.models[name];
    }
    return this;
  }
}

module.exports = { Registry };
