// Exchange-rate snapshots per currency: only the listed currencies get past the check.
import type { Request, Response } from 'express';

const CURRENCIES = ['EUR', 'USD', 'GBP', 'JPY'] as const;
const latest: Record<string, { rate: number; at: number }> = {};

function remember(currency: string, rate: number): void {
  latest[currency] = { rate, at: Date.now() };
}

export function postRate(req: Request, res: Response): void {
  const currency = String(req.query.currency);
  if (!(CURRENCIES as readonly string[]).includes(currency)) {
    throw new Error(`unknown currency ${currency}`);
  }
  remember(currency, Number(req.body.rate));
  res.status(204).end();
}
