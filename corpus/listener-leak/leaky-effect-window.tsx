// The effect adds a window listener on every mount and never removes it.
import { useEffect, useState } from 'react';

export function WindowWidth() {
  const [width, setWidth] = useState(window.innerWidth);

  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize); // expect: listener-leak
  }, []);

  return <span>{width}px</span>;
}
