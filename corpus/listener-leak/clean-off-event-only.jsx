// socket.io-style emitters remove every listener of an event with off(event).
import { useEffect, useState } from 'react';
import { socket } from './socket';

export default function Status() {
  const [connected, setConnected] = useState(socket.connected);
  useEffect(() => {
    socket.on('connect', () => setConnected(true));
    socket.on('disconnect', () => setConnected(false));
    return () => {
      socket.off('connect');
      socket.off('disconnect');
    };
  }, []);
  return <p>{connected ? 'online' : 'offline'}</p>;
}
