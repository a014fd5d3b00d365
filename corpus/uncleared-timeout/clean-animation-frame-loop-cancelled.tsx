// The same loop, with the latest frame's handle kept and cancelled by the effect's cleanup.
import { useEffect, useRef } from 'react';

export function Pulse({ color }: { color: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current!.getContext('2d')!;
    let radius = 0;
    let handle = 0;
    const frame = () => {
      radius = (radius + 1) % 32;
      context.clearRect(0, 0, 64, 64);
      context.fillStyle = color;
      context.fillRect(32 - radius, 32 - radius, radius * 2, radius * 2);
      handle = requestAnimationFrame(frame);
    };
    handle = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(handle);
  }, [color]);
  return <canvas ref={canvas} width={64} height={64} />;
}
