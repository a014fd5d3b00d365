// A hook that listens to other tabs on a named channel, and never closes it.
import { useEffect } from 'react';

export function useChannel(name, onMessage) {
  useEffect(() => {
    const channel = new BroadcastChannel(name); // expect: unclosed-watcher
    channel.addEventListener('message', (event) => onMessage(event.data));
  }, [name, onMessage]);
}
