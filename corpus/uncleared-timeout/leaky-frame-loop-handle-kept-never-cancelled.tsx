// The frame loop keeps its latest handle in a variable, but nothing ever cancels it: every
// mount starts one more loop that runs, with the component's ref, for good.
import React, { useEffect, useRef } from 'react';

export function Spinner() {
  const angle = useRef(0);
  const el = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let frame = 0;
    const spin = () => {
      angle.current = (angle.current + 6) % 360;
      if (el.current) el.current.style.transform = `rotate(${angle.current}deg)`;
      frame = requestAnimationFrame(spin);
    };
    frame = requestAnimationFrame(spin); // expect: uncleared-timeout
  }, []);

  return <div ref={el} className="spinner" />;
}
