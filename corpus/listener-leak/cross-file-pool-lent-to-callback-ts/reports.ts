import { onConnection } from './db';

// Collects the server's NOTICE messages for one report. The listener is left on the pooled
// connection, so every later borrower's notices land in this report's array too.
export function buildReport(reportId: string): Promise<string[]> {
  return onConnection(async (conn) => {
    const notices: string[] = [];
    conn.on('notice', (msg) => notices.push(`${reportId}: ${msg.message}`)); // expect: listener-leak
    await conn.query('SELECT build_report($1)', [reportId]);
    return notices;
  });
}
