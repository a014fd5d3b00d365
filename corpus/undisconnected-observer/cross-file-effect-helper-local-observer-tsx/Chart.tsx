// Every mount of a chart starts one more observer, holding the chart's element and state.
import { useEffect, useRef, useState } from 'react';
import { reportSize } from './observe';

export function Chart({ points }: { points: number[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useEffect(() => {
    if (ref.current) reportSize(ref.current, (width, height) => setSize({ width, height })); // expect: undisconnected-observer
  }, []);

  return <div ref={ref}>{points.length} points at {size.width}x{size.height}</div>;
}
