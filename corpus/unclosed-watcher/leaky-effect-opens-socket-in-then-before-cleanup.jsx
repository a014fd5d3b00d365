// The chat room resolves its socket URL first; leaving the room before that resolves runs the
// cleanup with no socket yet, and the one opened afterwards stays connected.
import { useEffect, useState } from 'react';
import { resolveRoomUrl } from './rooms';

export function ChatRoom({ roomId }) {
  const [messages, setMessages] = useState([]);
  useEffect(() => {
    let socket;
    resolveRoomUrl(roomId).then((url) => {
      socket = new WebSocket(url); // expect: unclosed-watcher
      socket.onmessage = (msg) => setMessages((prev) => [...prev, JSON.parse(msg.data)]);
    });
    return () => {
      if (socket) socket.close();
    };
  }, [roomId]);
  return <ul>{messages.map((m) => <li key={m.id}>{m.text}</li>)}</ul>;
}
