// Reports each size change of an element. The observer sits in a local const and is never
// disconnected, so it outlives the component that asked for it.
export function reportSize(element: Element, onSize: (width: number, height: number) => void): void {
  const observer = new ResizeObserver((entries) => {
    const box = entries[0].contentRect;
    onSize(box.width, box.height);
  });
  observer.observe(element);
}
