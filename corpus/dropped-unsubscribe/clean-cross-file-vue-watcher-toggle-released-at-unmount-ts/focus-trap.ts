// Keeps keyboard focus inside the innermost open overlay.
const traps: HTMLElement[] = [];

document.addEventListener('focusin', (event) => {
  const top = traps[traps.length - 1];
  if (top && !top.contains(event.target as Node)) top.focus();
});

export function trapFocus(element: HTMLElement): () => void {
  traps.push(element);
  return () => {
    const at = traps.lastIndexOf(element);
    if (at !== -1) traps.splice(at, 1);
  };
}
