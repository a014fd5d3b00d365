import express from 'express';
import { UpstreamSession } from './session';

const app = express();
app.post('/relay', express.json(), (req, res) => {
  const session = new UpstreamSession(String(req.headers['x-user']), 'wss://upstream.internal/feed'); // expect: unbounded-collection
  session.send(req.body);
  session.close();
  res.sendStatus(202);
});
process.once('SIGTERM', () => UpstreamSession.closeAll());
app.listen(3000);
