// A frame loop keeps its latest frame in a ref, and the cleanup cancels that frame: the
// re-arm checks nothing, but the cleanup reaches the frame wherever the loop left it.
import { useEffect, useRef } from 'react';

export function Spinner({ speed }: { speed: number }) {
  const svg = useRef<SVGSVGElement>(null);
  const frame = useRef<number | null>(null);

  useEffect(() => {
    let angle = 0;
    const turn = () => {
      angle = (angle + speed) % 360;
      svg.current?.setAttribute('transform', `rotate(${angle})`);
      frame.current = requestAnimationFrame(turn);
    };
    frame.current = requestAnimationFrame(turn);
    return () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    };
  }, [speed]);

  return <svg ref={svg} width={24} height={24} />;
}
