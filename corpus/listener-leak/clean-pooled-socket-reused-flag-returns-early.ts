import https from 'node:https';

const agent = new https.Agent({ keepAlive: true });

export function probe(url: string, log: (line: string) => void) {
  const marks = { reused: false, connectedAt: 0 };
  const req = https.get(url, { agent }, (res) => res.resume());
  req.on('socket', (socket) => {
    const reused = !socket.connecting;
    marks.reused = reused;
    if (reused) {
      return;
    }
    socket.on('connect', () => {
      marks.connectedAt = Date.now();
      log(`${url} connected`);
    });
  });
  return req;
}
