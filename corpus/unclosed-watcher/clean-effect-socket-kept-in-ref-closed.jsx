// The cursor-sharing hook keeps its socket in a ref for `send`, and closes it in the cleanup.
import { useCallback, useEffect, useRef } from 'react';

export function useCursorShare(roomUrl, onCursor) {
  const socketRef = useRef(null);
  useEffect(() => {
    const socket = new WebSocket(roomUrl);
    socket.onmessage = (msg) => onCursor(JSON.parse(msg.data));
    socketRef.current = socket;
    return () => {
      socket.close();
      socketRef.current = null;
    };
  }, [roomUrl, onCursor]);
  return useCallback((pos) => socketRef.current?.send(JSON.stringify(pos)), []);
}
