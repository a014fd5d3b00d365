// A binding that swaps view models as its input changes: the dispose routine runs the model's
// own dispose through an alias, and the variable still points at the disposed model, with its
// whole tree, after the element that showed it is gone.
interface ViewModel { dispose?: () => void }

declare function computed(run: () => void): void;

export function bindComponent(element: HTMLElement, onRemoved: (fn: () => void) => void, create: () => ViewModel): void {
  let current: ViewModel | undefined;

  const disposeCurrent = function (): void {
    const dispose = current && current['dispose']; // expect: stale-reference
    if (typeof dispose === 'function') {
      dispose.call(current);
    }
  };

  computed(() => {
    disposeCurrent();
    current = create();
    element.dataset.bound = 'yes';
  });
  onRemoved(disposeCurrent);
}
