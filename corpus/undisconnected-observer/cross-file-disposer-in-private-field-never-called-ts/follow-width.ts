export function followWidth(target: Element, report: (width: number) => void): () => void {
  const observer = new ResizeObserver(([entry]) => report(entry.contentRect.width));
  observer.observe(target);
  return () => observer.disconnect();
}
