// The flag is read from `socket.connecting`, but nothing returns on it: every request adds a
// listener to whichever keep-alive socket it gets, reused ones included.
import https from 'node:https';

const agent = new https.Agent({ keepAlive: true });

export function probe(url: string, log: (line: string) => void) {
  const marks = { reused: false, connectedAt: 0 };
  const req = https.get(url, { agent }, (res) => res.resume());
  req.on('socket', (socket) => {
    marks.reused = !socket.connecting;
    socket.on('timeout', () => log(`${url} idle (reused: ${marks.reused})`)); // expect: listener-leak
  });
  return req;
}
