// use:stickyHeader: toggles a class as the page scrolls past the element's top.
export function stickyHeader(node: HTMLElement, offset = 0) {
  const onScroll = () => node.classList.toggle('is-stuck', window.scrollY > node.offsetTop - offset);
  window.addEventListener('scroll', onScroll, { passive: true }); // expect: listener-leak
  return {
    update(next: number) {
      offset = next;
      onScroll();
    },
  };
}
