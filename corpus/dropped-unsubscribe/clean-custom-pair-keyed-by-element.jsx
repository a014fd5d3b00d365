// One IntersectionObserver for the whole page, with each element's callback kept under the
// element; the effect hands `stop` to React, so an element unmounted before it is seen goes too.
import { useEffect, useRef, useState } from 'react';

const pending = new Map();
const io = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    const reveal = pending.get(entry.target);
    pending.delete(entry.target);
    io.unobserve(entry.target);
    reveal?.();
  }
});

function onFirstSight(node, reveal) {
  pending.set(node, reveal);
  io.observe(node);
  return function stop() {
    pending.delete(node);
    io.unobserve(node);
  };
}

export function Reveal({ children }) {
  const box = useRef(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!box.current) return undefined;
    return onFirstSight(box.current, () => setShown(true));
  }, []);
  return <div ref={box}>{shown ? children : null}</div>;
}
