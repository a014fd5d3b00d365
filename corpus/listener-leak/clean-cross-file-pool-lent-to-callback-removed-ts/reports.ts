import { onConnection } from './db';

// Collects the server's NOTICE messages for one report, and takes its listener off the
// pooled connection before the connection goes back.
export function buildReport(reportId: string): Promise<string[]> {
  return onConnection(async (conn) => {
    const notices: string[] = [];
    const collect = (msg: { message?: string }) => notices.push(`${reportId}: ${msg.message}`);
    conn.on('notice', collect);
    try {
      await conn.query('SELECT build_report($1)', [reportId]);
    } finally {
      conn.off('notice', collect);
    }
    return notices;
  });
}
