import { useEffect, useState } from 'react';

function onKey(key: string, run: () => void): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.key === key) run();
  };
  document.addEventListener('keydown', listener);
  return () => document.removeEventListener('keydown', listener);
}

export function Slideshow({ slides }: { slides: string[] }) {
  const [index, setIndex] = useState(0);

  useEffect(() => {
    const offNext = onKey('ArrowRight', () => setIndex((i) => (i + 1) % slides.length));
    onKey('ArrowLeft', () => setIndex((i) => (i - 1 + slides.length) % slides.length)); // expect: listener-leak
    return offNext;
  }, [slides.length]);

  return <img src={slides[index]} alt={`slide ${index + 1}`} />;
}
