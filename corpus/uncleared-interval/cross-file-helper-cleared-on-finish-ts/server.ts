// The timer is cleared only when the response finishes: a client that disconnects during the
// slow build leaves it writing to a dead response for the life of the process.
import http from 'node:http';
import { startProgress } from './progress';

async function buildArchive(): Promise<Buffer> {
  await new Promise((resolve) => setTimeout(resolve, 5000));
  return Buffer.from('zip');
}

http
  .createServer(async (req, res) => {
    const ticker = startProgress(res); // expect: uncleared-interval
    res.on('finish', () => clearInterval(ticker));
    const archive = await buildArchive();
    res.end(`done ${archive.length}\n`);
  })
  .listen(8080);
