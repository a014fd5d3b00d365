// Every mount (and every change of `userId`) opens one more server-sent-events connection,
// never closed: the old ones keep streaming into state setters of a component that is gone.
import { useEffect, useState } from 'react';

export function Notifications({ userId }) {
  const [items, setItems] = useState([]);
  useEffect(() => {
    const source = new EventSource(`/api/users/${userId}/notifications`); // expect: unclosed-watcher
    source.onmessage = (event) => setItems((previous) => [JSON.parse(event.data), ...previous].slice(0, 20));
  }, [userId]);
  return <ul>{items.map((item) => <li key={item.id}>{item.text}</li>)}</ul>;
}
