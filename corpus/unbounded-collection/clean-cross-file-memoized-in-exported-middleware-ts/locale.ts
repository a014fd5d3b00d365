// The same middleware keeps only the locales the site supports: the header is reduced to one
// of a fixed list before the wrapped parser sees it, so the memo holds a handful of entries.
import type { NextFunction, Request, Response } from 'express';
import { remember } from './cache';

type Supported = 'en' | 'de' | 'fr' | 'es';
const SUPPORTED: readonly Supported[] = ['en', 'de', 'fr', 'es'];

function fallbacks(locale: string): string[] {
  return [locale, 'en'];
}

const localeChain = remember(fallbacks);

function pick(header: string): Supported {
  const wanted = header.split(',').map((part) => part.split(';')[0].trim().slice(0, 2));
  return (wanted.find((w): w is Supported => (SUPPORTED as readonly string[]).includes(w)) ?? 'en');
}

export function locale(req: Request, _res: Response, next: NextFunction): void {
  const chosen: Supported = pick(req.get('accept-language') ?? 'en');
  req.app.locals.languages = localeChain(chosen);
  next();
}
