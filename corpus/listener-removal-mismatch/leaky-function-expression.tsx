// A function expression in removeListener is as new as an arrow.
import { useEffect } from 'react';
import { EventEmitter } from 'events';

const presence = new EventEmitter();

export function Presence({ user }: { user: string }) {
  useEffect(() => {
    const onJoin = (name: string) => console.log(`${name} joined ${user}`);
    presence.on('join', onJoin); // expect: listener-leak
    return () => {
      presence.removeListener('join', function (name: string) { // expect: listener-removal-mismatch
        console.log(`${name} joined ${user}`);
      });
    };
  }, [user]);
  return <span>{user}</span>;
}
