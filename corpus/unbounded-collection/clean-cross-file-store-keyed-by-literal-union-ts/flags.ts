// The app's feature switches: the key is typed as one of four names, so the map holds at most
// four entries however often a handler sets one.
export const FLAG_NAMES = ['search', 'checkout', 'beta-ui', 'maintenance'] as const;
export type FlagName = (typeof FLAG_NAMES)[number];

export function isFlagName(name: string): name is FlagName {
  return (FLAG_NAMES as readonly string[]).includes(name);
}

class FlagStore {
  private readonly state = new Map<FlagName, boolean>();

  set(name: FlagName, on: boolean): void {
    this.state.set(name, on);
  }

  enabled(name: FlagName): boolean {
    return this.state.get(name) ?? false;
  }
}

export const flags = new FlagStore();
