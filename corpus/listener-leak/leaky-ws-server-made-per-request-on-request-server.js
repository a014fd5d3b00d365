// A route that "enables" websockets makes a new WebSocketServer on the request's own HTTP
// server each time it is called, and each one adds an 'upgrade' listener to that server.
'use strict';
const express = require('express');
const { WebSocketServer } = require('ws');

const app = express();
app.post('/admin/enable-live', (req, res) => {
  const wss = new WebSocketServer({ server: req.socket.server, path: '/live' }); // expect: listener-leak
  wss.on('connection', (ws) => ws.send('hi'));
  res.sendStatus(204);
});
app.listen(3060);
