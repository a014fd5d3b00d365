// Hooks a method and records the hook in the module's registry unless told otherwise.
const installed = [];

function hook(target, name, wrapper, registry = installed) {
  const original = target[name];
  target[name] = wrapper(original);
  registry.push({ target, name, original });
}

function unhookAll(registry = installed) {
  while (registry.length) {
    const { target, name, original } = registry.pop();
    target[name] = original;
  }
}

module.exports = { hook, unhookAll };
