// The cleanup closes the socket in every state but CLOSED, a connecting one included.
import { useEffect, useState } from 'react';

export function Live({ url }: { url: string }) {
  const [last, setLast] = useState('');
  useEffect(() => {
    const socket = new WebSocket(url);
    socket.addEventListener('message', (event) => setLast(String(event.data)));
    return () => {
      if (socket.readyState !== WebSocket.CLOSED) socket.close();
    };
  }, [url]);
  return <output>{last}</output>;
}
