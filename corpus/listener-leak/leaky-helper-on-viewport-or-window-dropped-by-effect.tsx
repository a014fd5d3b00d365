import { useEffect, useState } from 'react';

// Pinch-zoom changes the visual viewport only; older browsers fall back to the window.
function onZoom(report: (scale: number) => void): () => void {
  const surface: EventTarget = window.visualViewport ?? window;
  const handler = () => report(window.visualViewport?.scale ?? 1);
  surface.addEventListener('resize', handler);
  return () => surface.removeEventListener('resize', handler);
}

export function useZoomLevel(): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    onZoom(setScale); // expect: listener-leak
  }, []);
  return scale;
}
