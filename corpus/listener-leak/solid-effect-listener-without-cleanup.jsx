import { createEffect, createSignal, on } from 'solid-js';

export function ZoomableCanvas(props) {
  const [scale, setScale] = createSignal(1);

  createEffect(on(() => props.step, (step) => {
    const onWheel = (event) => {
      if (!event.ctrlKey) return;
      setScale((s) => Math.max(0.25, s - Math.sign(event.deltaY) * step));
    };
    window.addEventListener('wheel', onWheel, { passive: true }); // expect: listener-leak
  }));

  return <canvas width={800 * scale()} height={600 * scale()} />;
}
