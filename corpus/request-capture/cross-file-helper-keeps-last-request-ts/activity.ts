// Remembers the most recent value seen for each region, for the status page.
const lastByRegion: Record<string, { value: unknown; at: number }> = {};

export function remember<T>(region: 'eu' | 'us', value: T): void {
  lastByRegion[region] = { value, at: Date.now() };
}

export function activity(): Array<{ region: string; at: number }> {
  return Object.entries(lastByRegion).map(([region, { at }]) => ({ region, at }));
}
