// Who sits in the board room, and who wants to hear about it; watching hands back its undo.
type Watcher = (names: string[]) => void;

export function createBoardroom() {
  const seated = new Map<string, string>();
  const watchers = new Set<Watcher>();
  const tell = () => {
    const names = [...seated.values()];
    for (const watcher of watchers) watcher(names);
  };
  return {
    sit(id: string, name: string): void {
      seated.set(id, name);
      tell();
    },
    stand(id: string): void {
      if (seated.delete(id)) tell();
    },
    watch(fn: Watcher): () => void {
      watchers.add(fn);
      return () => watchers.delete(fn);
    },
  };
}

export const boardroom = createBoardroom();
