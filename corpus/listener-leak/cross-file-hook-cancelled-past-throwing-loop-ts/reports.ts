import type { Writable } from 'node:stream';
import { whenMaintenance } from './maintenance';

interface Page {
  rows: Array<{ id: string; total: number }>;
  next?: string;
}

export async function streamReport(fetchPage: (cursor?: string) => Promise<Page>, out: Writable): Promise<number> {
  let interrupted = false;
  const forget = whenMaintenance(() => {
    interrupted = true;
    out.destroy(new Error('report interrupted by maintenance'));
  });
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    for (const row of page.rows) out.write(`${row.id},${row.total}\n`);
    count += page.rows.length;
    cursor = page.next;
  } while (cursor && !interrupted);
  out.end();
  forget();
  return count;
}
