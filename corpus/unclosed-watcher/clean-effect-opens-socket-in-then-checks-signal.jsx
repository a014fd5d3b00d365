// The chat room resolves its socket URL first; the cleanup aborts the run, and a URL that
// arrives after that opens nothing.
import { useEffect, useState } from 'react';
import { resolveRoomUrl } from './rooms';

export function ChatRoom({ roomId }) {
  const [messages, setMessages] = useState([]);
  useEffect(() => {
    const controller = new AbortController();
    let socket;
    resolveRoomUrl(roomId).then((url) => {
      if (controller.signal.aborted) return;
      socket = new WebSocket(url);
      socket.onmessage = (msg) => setMessages((prev) => [...prev, JSON.parse(msg.data)]);
    });
    return () => {
      controller.abort();
      if (socket) socket.close();
    };
  }, [roomId]);
  return <ul>{messages.map((m) => <li key={m.id}>{m.text}</li>)}</ul>;
}
