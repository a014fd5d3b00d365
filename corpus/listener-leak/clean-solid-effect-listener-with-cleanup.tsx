import { createEffect, createSignal, on, onCleanup } from 'solid-js';

export function ZoomableCanvas(props: { step: number }) {
  const [scale, setScale] = createSignal(1);

  createEffect(on(() => props.step, (step) => {
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      setScale((s) => Math.max(0.25, s - Math.sign(event.deltaY) * step));
    };
    window.addEventListener('wheel', onWheel, { passive: true });
    onCleanup(() => window.removeEventListener('wheel', onWheel));
  }));

  return <canvas width={800 * scale()} height={600 * scale()} />;
}
