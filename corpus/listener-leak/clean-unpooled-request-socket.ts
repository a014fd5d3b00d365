// A client request made with `agent: false` opens a socket of its own, which closes with the
// response: a listener on it goes with it, however often the code runs.
import https from 'node:https';
import express from 'express';

function ping(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = https.request({ host, path: '/health', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('socket', (socket) => {
      socket.on('end', () => reject(new Error(`${host} closed the connection`)));
    });
    req.on('error', reject);
    req.end();
  });
}

const app = express();
app.get('/status/:host', async (req, res) => {
  res.json({ status: await ping(req.params.host) });
});
app.listen(3000);
