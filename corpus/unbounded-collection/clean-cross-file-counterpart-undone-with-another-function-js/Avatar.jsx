import { useEffect, useState } from 'react';
import { observePresence, unobservePresence } from './presence.js';

export function Avatar({ user }) {
  const [isOnline, setIsOnline] = useState(false);

  useEffect(() => {
    const observer = (ids) => setIsOnline(ids.has(user.id));
    observePresence(observer);
    return () => unobservePresence(observer);
  }, [user.id]);

  return <img className={isOnline ? 'avatar online' : 'avatar'} src={user.avatarUrl} alt={user.name} />;
}
