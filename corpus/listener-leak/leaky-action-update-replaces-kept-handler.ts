// The same action in TypeScript, with the same replaced handler.
type Bindings = Record<string, (event: KeyboardEvent) => void>;

export function shortcuts(node: HTMLElement, bindings: Bindings) {
  function watchKeys(map: Bindings): (event: KeyboardEvent) => void {
    const onKeydown = (event: KeyboardEvent) => {
      const run = map[event.key];
      if (run && node.contains(document.activeElement)) run(event);
    };
    document.addEventListener('keydown', onKeydown); // expect: listener-leak
    return onKeydown;
  }

  let current = watchKeys(bindings);
  return {
    update(next: Bindings) {
      current = watchKeys(next);
    },
    destroy() {
      document.removeEventListener('keydown', current);
    },
  };
}
