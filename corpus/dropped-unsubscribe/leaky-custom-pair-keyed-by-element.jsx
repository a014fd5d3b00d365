// One IntersectionObserver for the whole page, with each element's callback kept under the
// element. The callback map also loses an entry when its element scrolls into view, but an
// element unmounted before that stays, with the setter it was given: the effect drops `stop`.
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
    if (!box.current) return;
    onFirstSight(box.current, () => setShown(true)); // expect: dropped-unsubscribe
  }, []);
  return <div ref={box}>{shown ? children : null}</div>;
}
