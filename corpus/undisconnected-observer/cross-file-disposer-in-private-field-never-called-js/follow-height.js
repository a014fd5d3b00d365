// Reports an element's height as it changes, and hands back the function that stops it.
export function followHeight(target, report) {
  const observer = new ResizeObserver(([entry]) => report(Math.ceil(entry.contentRect.height)));
  observer.observe(target);
  return () => observer.disconnect();
}
