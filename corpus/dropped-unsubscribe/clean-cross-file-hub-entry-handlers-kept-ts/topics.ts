const topics = new Map<string, { name: string; listeners: Set<(message: any) => void> }>();

function topic(name: string) {
  let entry = topics.get(name);
  if (!entry) {
    entry = { name, listeners: new Set() };
    topics.set(name, entry);
  }
  return entry;
}

export function follow(name: string, listener: (message: any) => void): () => void {
  const entry = topic(name);
  entry.listeners.add(listener);
  return () => {
    entry.listeners.delete(listener);
    if (entry.listeners.size === 0) topics.delete(name);
  };
}

export function announce(name: string, message: unknown): void {
  topics.get(name)?.listeners.forEach((listener) => listener(message));
}
