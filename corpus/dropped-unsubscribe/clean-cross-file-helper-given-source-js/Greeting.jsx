// The effect returns the unsubscribe the helper hands back; the forever-subscription starts
// once, when the module loads.
import { useEffect, useState } from 'react';
import { follow, followForever } from './follow';
import { sessionStore } from './store';

followForever(sessionStore, (state) => console.log('user is now', state.user));

export function Greeting() {
  const [user, setUser] = useState(null);
  useEffect(() => {
    const stop = follow(sessionStore, (state) => setUser(state.user));
    return stop;
  }, []);
  return <p>{user ?? 'Welcome'}</p>;
}
