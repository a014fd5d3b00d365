// The cleanup closes the socket only once it is open: an unmount (or a new url) while it is
// still connecting leaves it to open later, with its listener and the component's state.
import { useEffect, useState } from 'react';

export function Live({ url }: { url: string }) {
  const [last, setLast] = useState('');
  useEffect(() => {
    const socket = new WebSocket(url); // expect: unclosed-watcher
    socket.addEventListener('message', (event) => setLast(String(event.data)));
    return () => {
      if (socket.readyState === WebSocket.OPEN) socket.close();
    };
  }, [url]);
  return <output>{last}</output>;
}
