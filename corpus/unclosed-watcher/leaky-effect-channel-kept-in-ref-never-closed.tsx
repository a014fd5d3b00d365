// The hook keeps its channel in a ref for `publish`; the cleanup only forgets the ref and the
// handler property, so every mount leaves an open BroadcastChannel with its listener.
import { useCallback, useEffect, useRef } from 'react';

export function usePresenceChannel(onPeer: (peer: string) => void) {
  const channelRef = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const channel = new BroadcastChannel('presence'); // expect: unclosed-watcher
    channel.addEventListener('message', (event: MessageEvent<string>) => onPeer(event.data));
    channelRef.current = channel;
    return () => {
      channelRef.current = null;
      channel.onmessage = null;
    };
  }, [onPeer]);
  return useCallback((me: string) => channelRef.current?.postMessage(me), []);
}
