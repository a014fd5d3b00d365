// A view model disposed and forgotten by the dispose routine; and a subscription disposed in an
// unmount hook, where the whole setup context goes with the component.
interface ViewModel { dispose?: () => void }
interface Subscription { unsubscribe(): void }

declare function computed(run: () => void): void;

export function bindComponent(element: HTMLElement, create: () => ViewModel): void {
  let current: ViewModel | undefined;

  const disposeCurrent = function (): void {
    const dispose = current && current['dispose'];
    if (typeof dispose === 'function') {
      dispose.call(current);
    }
    current = undefined;
  };

  computed(() => {
    disposeCurrent();
    current = create();
    element.dataset.bound = 'yes';
  });
}

declare function onMounted(fn: () => void): void;
declare function onUnmounted(fn: () => void): void;
declare const store: { subscribe(fn: () => void): Subscription };

export function useStore(render: () => void): void {
  let subscription: Subscription | undefined;
  onMounted(() => {
    subscription = store.subscribe(render);
  });
  onUnmounted(() => {
    subscription!.unsubscribe();
  });
}
