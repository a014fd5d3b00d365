// A stream of notifications per mount, closed from its own 'error' listener only: every
// mount that ends normally keeps its EventSource open and its setter alive.
import React, { useEffect, useState } from 'react';

export function Notifications({ userId }) {
  const [items, setItems] = useState([]);

  useEffect(() => {
    const source = new EventSource(`/api/users/${userId}/notifications`); // expect: unclosed-watcher
    source.addEventListener('message', (event) => setItems((list) => [JSON.parse(event.data), ...list]));
    source.addEventListener('error', () => source.close());
  }, [userId]);

  return <ol>{items.map((item) => <li key={item.id}>{item.text}</li>)}</ol>;
}
