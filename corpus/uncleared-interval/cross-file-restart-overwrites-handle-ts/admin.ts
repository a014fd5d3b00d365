import express from 'express';
import { Heartbeat } from './heartbeat';

const heartbeat = new Heartbeat(() => console.log('alive', Date.now()));
const app = express();

app.post('/admin/heartbeat/on', (req, res) => {
  heartbeat.start(); // expect: uncleared-interval
  res.sendStatus(204);
});

app.post('/admin/heartbeat/off', (req, res) => {
  heartbeat.stop();
  res.sendStatus(204);
});

app.listen(3000);
