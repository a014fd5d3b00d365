// The same adapter keeps the teardown `mount()` returns, so destroy undoes it.
export function createScroller(view, mountScroller) {
  let cleanup;
  view.afterRender(() => {
    cleanup = mountScroller(view.element);
  });
  view.onDestroy(() => cleanup?.());
  return view;
}
