import { follow } from './signals';

const stopping = new AbortController();
process.once('SIGTERM', () => stopping.abort());

export async function exportRows(fetchRows: (signal: AbortSignal) => Promise<string[]>): Promise<string> {
  const own = new AbortController();
  const unfollow = follow(stopping.signal, own);
  const rows = await fetchRows(own.signal);
  unfollow();
  return rows.join('\n');
}
