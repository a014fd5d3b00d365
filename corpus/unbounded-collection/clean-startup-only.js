// Plugins are registered by a function that only runs at start-up.
const plugins = new Map();

function registerPlugin(name, factory) {
  plugins.set(name, factory);
}

function loadPlugins(list) {
  for (const entry of list) registerPlugin(entry.name, entry.factory);
}

loadPlugins([{ name: 'gzip', factory: () => null }]);

module.exports = { get: (name) => plugins.get(name) };
