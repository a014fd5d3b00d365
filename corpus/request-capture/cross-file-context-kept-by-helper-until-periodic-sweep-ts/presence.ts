import type { Context } from 'koa';

interface Seen {
  at: number;
  ctx: Context;
}

const seen = new Map<string, Seen>();

export function markSeen(userId: string, ctx: Context): void {
  seen.set(userId, { at: Date.now(), ctx });
}

export function onlineCount(): number {
  return seen.size;
}

setInterval(() => {
  const cutoff = Date.now() - 5 * 60_000;
  for (const [userId, entry] of seen) {
    if (entry.at < cutoff) seen.delete(userId);
  }
}, 30_000).unref();
