// The websocket server is made once, on the module's own HTTP server, at start-up.
'use strict';
const http = require('node:http');
const express = require('express');
const { WebSocketServer } = require('ws');

const app = express();
const server = http.createServer(app);
const wss = new WebSocketServer({ server, path: '/live' });
wss.on('connection', (ws) => ws.send('hi'));
app.get('/health', (req, res) => res.send('ok'));
server.listen(3061);
