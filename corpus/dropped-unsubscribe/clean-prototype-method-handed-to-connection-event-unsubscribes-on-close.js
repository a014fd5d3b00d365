'use strict';

const { WebSocketServer } = require('ws');
const { Subject } = require('rxjs');

const scores$ = new Subject();

function ScoreRelay(server) {
  this.wss = new WebSocketServer({ server });
  this.wss.on('connection', this.onClient.bind(this));
}

ScoreRelay.prototype.onClient = function (ws) {
  const subscription = scores$.subscribe(function (score) {
    ws.send(JSON.stringify(score));
  });
  ws.on('close', function () {
    subscription.unsubscribe();
  });
};

ScoreRelay.prototype.publish = function (score) {
  scores$.next(score);
};

module.exports = ScoreRelay;
