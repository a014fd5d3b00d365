// The cursor-sharing hook keeps its socket in a ref for `send`; the cleanup empties the ref but
// never closes the socket, which stays connected after every unmount.
import { useCallback, useEffect, useRef } from 'react';

export function useCursorShare(roomUrl, onCursor) {
  const socketRef = useRef(null);
  useEffect(() => {
    const socket = new WebSocket(roomUrl); // expect: unclosed-watcher
    socket.onmessage = (msg) => onCursor(JSON.parse(msg.data));
    socketRef.current = socket;
    return () => {
      socketRef.current = null;
    };
  }, [roomUrl, onCursor]);
  return useCallback((pos) => socketRef.current?.send(JSON.stringify(pos)), []);
}
