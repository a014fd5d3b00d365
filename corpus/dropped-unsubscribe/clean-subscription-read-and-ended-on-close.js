'use strict';
const { Subject } = require('rxjs');
const { WebSocketServer } = require('ws');

const alerts$ = new Subject();
const publishAlert = (alert) => alerts$.next(alert);

const wss = new WebSocketServer({ port: 8095 });

wss.on('connection', (ws) => {
  const feed = alerts$.subscribe((alert) => ws.send(JSON.stringify(alert)));
  ws.send(JSON.stringify({ hello: true, live: !feed.closed }));
  ws.on('close', () => feed.unsubscribe());
});

module.exports = { publishAlert };
