// The listener is added only when `sticky` is on, and the cleanup removes it under that same
// prop, which this run of the effect cannot see change: whenever there is a listener, it goes.
import React, { useEffect, useState } from 'react';

export function Toolbar({ sticky, children }) {
  const [pinned, setPinned] = useState(false);

  useEffect(() => {
    const onScroll = () => setPinned(window.scrollY > 80);
    if (sticky) {
      window.addEventListener('scroll', onScroll);
    }
    return () => {
      if (sticky) {
        window.removeEventListener('scroll', onScroll);
      }
    };
  }, [sticky]);

  return <nav className={pinned ? 'pinned' : ''}>{children}</nav>;
}
