// Who sits in the board room, and who wants to hear about it; watching hands back its undo.
export function createBoardroom() {
  const seated = new Map();
  const watchers = new Set();

  const tell = () => {
    const names = [...seated.values()];
    for (const watcher of watchers) watcher(names);
  };

  return {
    sit(id, name) {
      seated.set(id, name);
      tell();
    },
    stand(id) {
      if (seated.delete(id)) tell();
    },
    watch(fn) {
      watchers.add(fn);
      return () => watchers.delete(fn);
    },
  };
}

export const boardroom = createBoardroom();
