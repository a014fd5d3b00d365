import { useEffect, useState } from 'react';

type Watcher = (online: number) => void;

// How many teammates are online, pushed by the presence socket.
let online = 0;
let watchers: Watcher[] = [];

export function addOnlineWatcher(watcher: Watcher): void {
  watchers.push(watcher);
}

export function removeOnlineWatcher(watcher: Watcher): void {
  watchers = watchers.filter((w) => w !== watcher);
}

export function setOnline(count: number): void {
  online = count;
  watchers.forEach((w) => w(online));
}

export function OnlineCount() {
  const [count, setCount] = useState(online);
  useEffect(() => {
    addOnlineWatcher((n) => setCount(n)); // expect: dropped-unsubscribe
    return () => removeOnlineWatcher(setCount);
  }, []);
  return <span className="online">{count}</span>;
}
