// Heartbeats add to the Map from a route handler, as in the leaky case...
import express from 'express';
import { lastSeen } from './presence';
import { startSweeper } from './sweeper';

const app = express();
app.use(express.json());

app.post('/heartbeat', (req, res) => {
  lastSeen.set(String(req.body.clientId), Date.now());
  res.sendStatus(204);
});

startSweeper();
app.listen(3000);
