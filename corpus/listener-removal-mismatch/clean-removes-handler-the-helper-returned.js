// `watchKeys()` registers its own handler and hands it back; the removal takes down exactly the
// function the helper registered, kept in `current`.
export function shortcuts(node, bindings) {
  function watchKeys(map) {
    const onKeydown = (event) => {
      const run = map[event.key];
      if (run && node.contains(document.activeElement)) run(event);
    };
    document.addEventListener('keydown', onKeydown);
    return onKeydown;
  }

  let current = watchKeys(bindings);
  return {
    update(next) {
      document.removeEventListener('keydown', current);
      current = watchKeys(next);
    },
    destroy() {
      document.removeEventListener('keydown', current);
    },
  };
}
