// A list component records the children of each render so that the update hook can animate
// their moves; the update hook reads them and moves on, and the list keeps the previous render's
// children (and their detached elements) until the next render.
declare function onUpdated(fn: () => void): void;
interface Child { el: Element | null }

export function setupMoveList(slots: { default(): Child[] }) {
  let previous: Child[];

  onUpdated(() => {
    if (!previous.length) return;
    for (const child of previous) {
      child.el?.classList.add('moving');
    }
  });

  return () => {
    const children = slots.default();
    previous = []; // expect: stale-reference
    for (const child of children) {
      if (child.el) previous.push(child);
    }
    return children;
  };
}
