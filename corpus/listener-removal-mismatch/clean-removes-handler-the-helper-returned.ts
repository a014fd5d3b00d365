// The same action in TypeScript: the handler the helper returns is the one it registered.
type Bindings = Record<string, (event: KeyboardEvent) => void>;

export function shortcuts(node: HTMLElement, bindings: Bindings) {
  function watchKeys(map: Bindings): (event: KeyboardEvent) => void {
    const onKeydown = (event: KeyboardEvent) => {
      const run = map[event.key];
      if (run && node.contains(document.activeElement)) run(event);
    };
    document.addEventListener('keydown', onKeydown);
    return onKeydown;
  }

  let current = watchKeys(bindings);
  return {
    update(next: Bindings) {
      document.removeEventListener('keydown', current);
      current = watchKeys(next);
    },
    destroy() {
      document.removeEventListener('keydown', current);
    },
  };
}
