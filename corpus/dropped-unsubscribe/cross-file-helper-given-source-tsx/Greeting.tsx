// Each mount subscribes once more to the session store through the helper, and nothing ends it.
import { useEffect, useState } from 'react';
import { follow } from './follow';
import { sessionStore } from './store';

export function Greeting() {
  const [user, setUser] = useState<string | null>(null);
  useEffect(() => {
    follow(sessionStore, (state) => setUser(state.user)); // expect: dropped-unsubscribe
  }, []);
  return <p>{user ?? 'Welcome'}</p>;
}
