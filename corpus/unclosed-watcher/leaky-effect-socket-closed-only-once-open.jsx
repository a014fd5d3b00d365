// JavaScript: the cleanup closes the socket only once it is open, so an unmount while it is
// still connecting leaves it to open later with its listener.
import { useEffect, useState } from 'react';

export function Ticker({ url }) {
  const [price, setPrice] = useState(null);
  useEffect(() => {
    const socket = new WebSocket(url); // expect: unclosed-watcher
    socket.onmessage = (event) => setPrice(JSON.parse(event.data).price);
    return () => {
      if (socket.readyState === 1) socket.close();
    };
  }, [url]);
  return <output>{price}</output>;
}
