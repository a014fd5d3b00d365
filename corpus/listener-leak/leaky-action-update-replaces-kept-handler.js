// The action keeps the handler `watchKeys()` hands back so that `destroy()` can remove it, but
// `update()` stores a new one over it without removing the old: every update leaves one more
// 'keydown' listener on the document.
export function shortcuts(node, bindings) {
  function watchKeys(map) {
    const onKeydown = (event) => {
      const run = map[event.key];
      if (run && node.contains(document.activeElement)) run(event);
    };
    document.addEventListener('keydown', onKeydown); // expect: listener-leak
    return onKeydown;
  }

  let current = watchKeys(bindings);
  return {
    update(next) {
      current = watchKeys(next);
    },
    destroy() {
      document.removeEventListener('keydown', current);
    },
  };
}
