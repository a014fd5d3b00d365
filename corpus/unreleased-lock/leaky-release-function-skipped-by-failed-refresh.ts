// Token refreshes go one at a time through async-mutex. The fresh-token branch releases before
// it returns, but a refresh that fails throws past the release at the end.
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
  const release = await refreshing.acquire(); // expect: unreleased-lock
  if (current && current.expiresAt > Date.now() + 30_000) {
    release();
    return current.value;
  }
  current = await fetchToken();
  release();
  return current.value;
}
