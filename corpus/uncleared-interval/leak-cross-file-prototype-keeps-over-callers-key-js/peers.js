'use strict';

const express = require('express');
const Heartbeats = require('./heartbeats');

const app = express();
const beats = new Heartbeats((peer, msg) => fetch(`http://${peer}/ping`, { method: 'POST', body: JSON.stringify(msg) }));

app.post('/peers/:host/follow', (req, res) => {
  const { host } = req.params;
  beats.start(host, Number(req.query.every) || 10000); // expect: uncleared-interval
  res.sendStatus(202);
});

app.post('/peers/:host/unfollow', (req, res) => {
  beats.stop(req.params.host);
  res.sendStatus(204);
});

app.listen(3000);
