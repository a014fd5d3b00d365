// A binding that swaps view models as its input changes: the dispose routine runs the model's
// own dispose through an alias, and the variable still points at the disposed model, with its
// whole tree, after the element that showed it is gone.
interface ViewModel { dispose?: () => void }

export function bindComponent(element: HTMLElement, watch: (run: () => void) => void, onRemoved: (fn: () => void) => void, create: () => ViewModel): void {
  let current: ViewModel | undefined;

  const disposeCurrent = function (): void {
    const dispose = current && current['dispose']; // expect: stale-reference
    if (typeof dispose === 'function') {
      dispose.call(current);
    }
  };

  watch(() => {
    disposeCurrent();
    current = create();
    element.dataset.bound = 'yes';
  });
  onRemoved(disposeCurrent);
}
