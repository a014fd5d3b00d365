// Counters and caches keyed by values of the file's own finite types: an enum, a union of
// literals (directly, through a template, or as a function's declared result), the members
// of a constant tuple, and a locale narrowed to a constant allowlist. None can outgrow its type.
export enum Tier { Free = 'free', Pro = 'pro', Team = 'team' }
type Verb = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Band = 'fast' | 'slow';

const REGIONS = ['eu-west', 'us-east', 'ap-south'] as const;
type Region = (typeof REGIONS)[number];
const LOCALES = new Set(['en', 'fr', 'de']);

const perTier: Record<string, number> = {};
const perRoute = new Map<string, number>();
const endpoints = new Map<string, string>();
const dictionaries = new Map<string, Record<string, string>>();

function band(ms: number): Band {
  return ms < 200 ? 'fast' : 'slow';
}

export function countTier(tier: Tier): void {
  perTier[tier] = (perTier[tier] ?? 0) + 1;
}

export function countRoute(verb: Verb, ms: number): void {
  const key = `${verb}:${band(ms)}`;
  perRoute.set(key, (perRoute.get(key) ?? 0) + 1);
}

export function endpointFor(region: Region): string {
  let url = endpoints.get(region);
  if (!url) {
    url = `https://${region}.storage.example.test`;
    endpoints.set(region, url);
  }
  return url;
}

export async function dictionary(locale: string): Promise<Record<string, string>> {
  const lang = LOCALES.has(locale) ? locale : 'en';
  const known = dictionaries.get(lang);
  if (known) return known;
  const loaded = (await (await fetch(`/i18n/${lang}.json`)).json()) as Record<string, string>;
  dictionaries.set(lang, loaded);
  return loaded;
}
