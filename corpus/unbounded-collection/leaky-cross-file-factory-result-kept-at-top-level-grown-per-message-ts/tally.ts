// A tally factory: what it hands out counts keys in a map of its own closure, and never forgets one.
export function createTally(label: string) {
  const counts = new Map<string, number>();
  return {
    label,
    bump(key: string): void {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    },
    top(): Array<[string, number]> {
      return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10);
    },
  };
}
