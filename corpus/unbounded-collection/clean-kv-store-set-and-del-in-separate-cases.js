// A small key-value store over a line protocol: SET adds, DEL removes, each in its own case of
// the command switch. The return after SET is that command's answer, not a way around DEL.
const store = new Map();

function execute(line) {
  const [command, key, ...rest] = line.trim().split(/\s+/);
  switch ((command || '').toUpperCase()) {
    case 'GET':
      return store.has(key) ? `VALUE ${store.get(key)}` : 'NOT_FOUND';
    case 'SET':
      store.set(key, rest.join(' '));
      return 'STORED';
    case 'DEL':
      return store.delete(key) ? 'DELETED' : 'NOT_FOUND';
    default:
      return 'ERROR';
  }
}

module.exports = { execute };
