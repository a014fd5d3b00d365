// The timer is cleared on 'close', which fires after 'finish' and on a disconnect alike.
import http from 'node:http';
import { startProgress } from './progress';

async function buildArchive(): Promise<Buffer> {
  await new Promise((resolve) => setTimeout(resolve, 5000));
  return Buffer.from('zip');
}

http
  .createServer(async (req, res) => {
    const ticker = startProgress(res);
    res.on('close', () => clearInterval(ticker));
    const archive = await buildArchive();
    res.end(`done ${archive.length}\n`);
  })
  .listen(8080);
