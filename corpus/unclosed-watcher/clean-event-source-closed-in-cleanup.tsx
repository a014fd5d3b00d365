// The same stream, closed by the effect's cleanup.
import { useEffect, useState } from 'react';

interface Item {
  id: string;
  text: string;
}

export function Notifications({ userId }: { userId: string }) {
  const [items, setItems] = useState<Item[]>([]);
  useEffect(() => {
    const source = new EventSource(`/api/users/${userId}/notifications`);
    source.onmessage = (event) => setItems((previous) => [JSON.parse(event.data) as Item, ...previous].slice(0, 20));
    return () => source.close();
  }, [userId]);
  return <ul>{items.map((item) => <li key={item.id}>{item.text}</li>)}</ul>;
}
