// Disconnected in the effect's cleanup, in a destroy method, or from its own callback.
import { useEffect, useRef } from 'react';

export function Panel({ onResize }: { onResize: (w: number) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const observer = new ResizeObserver(([entry]) => onResize(entry.contentRect.width));
    observer.observe(ref.current!);
    return () => observer.disconnect();
  }, [onResize]);
  return <div ref={ref} />;
}

export class Tracker {
  private observer = new MutationObserver(() => this.count++);
  count = 0;

  destroy(): void {
    this.observer.disconnect();
  }
}

export function firstAppearance(node: Element, done: () => void): void {
  new IntersectionObserver((entries, observer) => {
    if (entries.some((e) => e.isIntersecting)) {
      observer.disconnect();
      done();
    }
  }).observe(node);
}
