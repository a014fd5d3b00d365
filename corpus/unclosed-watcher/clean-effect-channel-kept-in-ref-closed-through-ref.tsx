// The hook keeps its channel in a ref for `publish`, and the cleanup closes it through the ref.
import { useCallback, useEffect, useRef } from 'react';

export function usePresenceChannel(onPeer: (peer: string) => void) {
  const channelRef = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const channel = new BroadcastChannel('presence');
    channel.addEventListener('message', (event: MessageEvent<string>) => onPeer(event.data));
    channelRef.current = channel;
    return () => {
      channelRef.current?.close();
      channelRef.current = null;
    };
  }, [onPeer]);
  return useCallback((me: string) => channelRef.current?.postMessage(me), []);
}
