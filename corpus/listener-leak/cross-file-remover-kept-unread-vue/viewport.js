// Calls back on every window resize; the function it returns stops that.
export function watchViewport(fn) {
  const onResize = () => fn({ width: window.innerWidth });
  window.addEventListener('resize', onResize);
  return () => window.removeEventListener('resize', onResize);
}
