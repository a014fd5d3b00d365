// Parked sign-in challenges expire after five minutes, end when the client goes away, and
// end when the callback resumes them: `resume()` clears the expiry of an entry it found and
// then deletes the entry in any case, so no path keeps one.
import type { ServerResponse } from 'node:http';

interface Challenge {
  res: ServerResponse;
  user: string;
  expiry: NodeJS.Timeout;
}

const waiting = new Map<string, Challenge>();

export function park(id: string, user: string, res: ServerResponse): void {
  const expiry = setTimeout(() => {
    waiting.delete(id);
    res.end(JSON.stringify({ status: 'expired' }));
  }, 300_000);
  waiting.set(id, { res, user, expiry });
  res.on('close', () => {
    clearTimeout(expiry);
    waiting.delete(id);
  });
}

export function resume(id: string): Challenge | undefined {
  const challenge = waiting.get(id);
  if (challenge) clearTimeout(challenge.expiry);
  waiting.delete(id);
  return challenge;
}
