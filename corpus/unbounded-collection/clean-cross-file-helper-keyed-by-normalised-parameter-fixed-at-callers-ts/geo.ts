// One lookup per place name, shared by every caller: the key is the name as given, tidied up.
const lookups = new Map<string, Promise<unknown>>();

export function geocode(place: string): Promise<unknown> {
  const key = place.trim().toLowerCase();
  const known = lookups.get(key);
  if (known) return known;
  const pending = fetch(`https://geo.example.com/v1/search?q=${encodeURIComponent(key)}`).then((r) => r.json());
  lookups.set(key, pending);
  return pending;
}
