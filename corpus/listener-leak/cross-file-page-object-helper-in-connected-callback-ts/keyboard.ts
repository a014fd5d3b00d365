export interface KeyboardInset {
  bottom: number;
  visible: boolean;
}

// Mobile browsers shrink the visual viewport under the on-screen keyboard; the layout one stays put.
export function onKeyboardInset(report: (inset: KeyboardInset) => void): () => void {
  const viewport = window.visualViewport;
  if (!viewport) return () => {};
  const measure = () => {
    const bottom = Math.max(0, window.innerHeight - viewport.height - viewport.offsetTop);
    report({ bottom, visible: bottom > 80 });
  };
  viewport.addEventListener('resize', measure);
  viewport.addEventListener('scroll', measure);
  measure();
  return () => {
    viewport.removeEventListener('resize', measure);
    viewport.removeEventListener('scroll', measure);
  };
}
