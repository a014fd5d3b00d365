// The same list, emptying its record once the update hook has used it.
declare function onUpdated(fn: () => void): void;
interface Child { el: Element | null }

export function setupMoveList(slots: { default(): Child[] }) {
  let previous: Child[];

  onUpdated(() => {
    if (!previous.length) return;
    for (const child of previous) {
      child.el?.classList.add('moving');
    }
    previous = [];
  });

  return () => {
    const children = slots.default();
    previous = [];
    for (const child of children) {
      if (child.el) previous.push(child);
    }
    return children;
  };
}
