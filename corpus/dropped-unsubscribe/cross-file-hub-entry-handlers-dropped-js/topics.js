const topics = new Map();

function topic(name) {
  let entry = topics.get(name);
  if (!entry) {
    entry = { name, listeners: new Set() };
    topics.set(name, entry);
  }
  return entry;
}

export function follow(name, listener) {
  const entry = topic(name);
  entry.listeners.add(listener);
  return () => {
    entry.listeners.delete(listener);
    if (entry.listeners.size === 0) topics.delete(name);
  };
}

export function announce(name, message) {
  topics.get(name)?.listeners.forEach((listener) => listener(message));
}
