// Middleware that reads the preferred locale from the Accept-Language header. The parser is
// wrapped once at load, and every distinct header a client sends stays in it for good.
import type { NextFunction, Request, Response } from 'express';
import { remember } from './cache';

function parseAcceptLanguage(header: string): string[] {
  return header.split(',').map((part) => part.split(';')[0].trim()).filter(Boolean);
}

const preferredLocales = remember(parseAcceptLanguage); // expect: unbounded-collection

export function locale(req: Request, _res: Response, next: NextFunction): void {
  const header = req.get('accept-language') ?? 'en';
  req.app.locals.languages = preferredLocales(header);
  next();
}
