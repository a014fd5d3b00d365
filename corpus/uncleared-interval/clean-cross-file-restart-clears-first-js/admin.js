const express = require('express');
const { Heartbeat } = require('./heartbeat');

const heartbeat = new Heartbeat(() => console.log('alive', Date.now()));
const app = express();

app.post('/admin/heartbeat/on', (req, res) => {
  heartbeat.start();
  res.sendStatus(204);
});

app.post('/admin/heartbeat/off', (req, res) => {
  heartbeat.stop();
  res.sendStatus(204);
});

app.listen(3000);
