// use:longpress: listens on the node it is used on, which takes its listeners along.
export function longpress(node, ms = 600) {
  let timer;
  const down = () => {
    timer = setTimeout(() => node.dispatchEvent(new CustomEvent('longpress')), ms);
  };
  const up = () => clearTimeout(timer);
  node.addEventListener('pointerdown', down);
  node.addEventListener('pointerup', up);
  return {
    update(next) {
      ms = next;
    },
    destroy() {
      clearTimeout(timer);
    },
  };
}
