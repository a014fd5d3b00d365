import { useEffect, useState } from 'react';
import { observePresence, unobservePresence } from './presence.js';

export function Avatar({ user }) {
  const [isOnline, setIsOnline] = useState(false);

  useEffect(() => {
    observePresence((ids) => setIsOnline(ids.has(user.id))); // expect: unbounded-collection
    return () => unobservePresence(setIsOnline);
  }, [user.id]);

  return <img className={isOnline ? 'avatar online' : 'avatar'} src={user.avatarUrl} alt={user.name} />;
}
