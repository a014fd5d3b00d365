// The same ticker closes the socket in its cleanup whatever its state.
import { useEffect, useState } from 'react';

export function Ticker({ url }) {
  const [price, setPrice] = useState(null);
  useEffect(() => {
    const socket = new WebSocket(url);
    socket.onmessage = (event) => setPrice(JSON.parse(event.data).price);
    return () => socket.close();
  }, [url]);
  return <output>{price}</output>;
}
