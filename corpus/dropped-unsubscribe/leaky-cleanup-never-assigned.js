// An adapter mounts a scroller after the first render and promises to undo it on destroy. But
// the teardown `mount()` returns is dropped, and `cleanup` is never assigned: destroy calls
// nothing, and the scroller's window listeners outlive the view.
export function createScroller(view, mountScroller) {
  let cleanup; // expect: dropped-unsubscribe
  view.afterRender(() => mountScroller(view.element));
  view.onDestroy(() => cleanup?.());
  return view;
}
