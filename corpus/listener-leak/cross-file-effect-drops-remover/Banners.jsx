// The first banner drops both removers, so each mount leaves two window listeners that keep
// its state setter alive; the second returns a cleanup that calls them.
import { useEffect, useState } from 'react';
import { listenWindow } from './dom';

export function OfflineBanner() {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    listenWindow('online', () => setOnline(true)); // expect: listener-leak
    listenWindow('offline', () => setOnline(false)); // expect: listener-leak
  }, []);
  return online ? null : <div role="status">You are offline</div>;
}

export function OfflineBannerFixed() {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const removers = [listenWindow('online', () => setOnline(true)), listenWindow('offline', () => setOnline(false))];
    return () => removers.forEach((remove) => remove());
  }, []);
  return online ? null : <div role="status">You are offline</div>;
}
