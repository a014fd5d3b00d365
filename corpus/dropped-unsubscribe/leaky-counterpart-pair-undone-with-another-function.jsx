import { useEffect, useState } from 'react';

// Unread counts for the sidebar badges, pushed by the socket layer.
let counts = {};
let watchers = [];

export function addCountWatcher(watcher) {
  watchers.push(watcher);
}

export function removeCountWatcher(watcher) {
  watchers = watchers.filter((w) => w !== watcher);
}

export function publishCounts(next) {
  counts = next;
  watchers.forEach((w) => w(counts));
}

export function UnreadBadge({ folder }) {
  const [count, setCount] = useState(counts[folder] ?? 0);

  useEffect(() => {
    addCountWatcher((next) => setCount(next[folder] ?? 0)); // expect: dropped-unsubscribe
    return () => removeCountWatcher(setCount);
  }, [folder]);

  return count > 0 ? <span className="badge">{count}</span> : null;
}
