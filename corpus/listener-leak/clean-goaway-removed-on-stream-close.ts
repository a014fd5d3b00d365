// The same client, taking its 'goaway' listener off when the stream closes, which it does
// after an answer and after a failure alike.
import http2 from 'node:http2';

const session = http2.connect('https://search.internal.example');

export function lookup(term: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':path': `/v2/lookup?q=${encodeURIComponent(term)}` });
    const onGoaway = () => reject(new Error(`session closed before ${term} was answered`));
    session.once('goaway', onGoaway);
    let body = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => { body += chunk; });
    stream.on('end', () => resolve(JSON.parse(body)));
    stream.on('error', reject);
    stream.on('close', () => session.removeListener('goaway', onGoaway));
    stream.end();
  });
}
