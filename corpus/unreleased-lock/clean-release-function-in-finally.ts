// The same refresh releases in `finally`, whichever branch it takes and whether it fails.
import { Mutex } from 'async-mutex';

interface Token { value: string; expiresAt: number }

const refreshing = new Mutex();
let current: Token | null = null;

async function fetchToken(): Promise<Token> {
  const res = await fetch('https://auth.internal/token', { method: 'POST' });
  if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
  const body = (await res.json()) as { token: string; ttl: number };
  return { value: body.token, expiresAt: Date.now() + body.ttl * 1000 };
}

export async function accessToken(): Promise<string> {
  const release = await refreshing.acquire();
  try {
    if (!current || current.expiresAt <= Date.now() + 30_000) {
      current = await fetchToken();
    }
    return current.value;
  } finally {
    release();
  }
}
