// A canvas animation whose frame loop reschedules itself and is never cancelled: after the
// component unmounts, the loop keeps drawing into a detached canvas, holding the component.
import { useEffect, useRef } from 'react';

export function Pulse({ color }) {
  const canvas = useRef(null);
  useEffect(() => {
    const context = canvas.current.getContext('2d');
    let radius = 0;
    const frame = () => {
      radius = (radius + 1) % 32;
      context.clearRect(0, 0, 64, 64);
      context.fillStyle = color;
      context.fillRect(32 - radius, 32 - radius, radius * 2, radius * 2);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame); // expect: uncleared-timeout
  }, [color]);
  return <canvas ref={canvas} width={64} height={64} />;
}
