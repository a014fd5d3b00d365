// The listener sits on the element the effect captured; the cleanup checks that same element
// before removing from it, which always holds when the listener was added.
import React, { useEffect, useRef } from 'react';

export function Canvas({ onWheelZoom }: { onWheelZoom: (delta: number) => void }) {
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const node = ref.current;
    const onWheel = (event: WheelEvent) => onWheelZoom(event.deltaY);
    if (node) node.addEventListener('wheel', onWheel, { passive: true });
    return () => {
      if (node) {
        node.removeEventListener('wheel', onWheel);
      }
    };
  }, [onWheelZoom]);

  return <canvas ref={ref} />;
}
