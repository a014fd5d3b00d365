// The same loop, with its latest handle cancelled by the effect's cleanup.
import React, { useEffect, useRef } from 'react';

export function Spinner() {
  const angle = useRef(0);
  const el = useRef(null);

  useEffect(() => {
    let frame = 0;
    const spin = () => {
      angle.current = (angle.current + 6) % 360;
      if (el.current) el.current.style.transform = `rotate(${angle.current}deg)`;
      frame = requestAnimationFrame(spin);
    };
    frame = requestAnimationFrame(spin);
    return () => cancelAnimationFrame(frame);
  }, []);

  return <div ref={el} className="spinner" />;
}
