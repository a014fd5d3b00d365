// Collects the server's NOTICE messages while a statement runs.
import type { PoolClient, NoticeMessage } from 'pg';

export function collectNotices(client: PoolClient, into: string[]): () => void {
  const onNotice = (msg: NoticeMessage) => into.push(msg.message ?? '');
  client.on('notice', onNotice);
  return () => client.removeListener('notice', onNotice);
}
