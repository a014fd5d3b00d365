import { useEffect, useState } from 'react';

function onResize(run) {
  window.addEventListener('resize', run);
  return () => window.removeEventListener('resize', run);
}

export function SplitView({ left, right }) {
  const [width, setWidth] = useState(window.innerWidth);

  useEffect(() => {
    const stop = onResize(() => setWidth(window.innerWidth));
    onResize(() => document.body.classList.toggle('narrow', window.innerWidth < 720)); // expect: listener-leak
    return stop;
  }, []);

  return <div className={width < 720 ? 'stacked' : 'split'}>{left}{right}</div>;
}
