'use strict';

const { WebSocketServer } = require('ws');
const { Subject } = require('rxjs');

const scores$ = new Subject();

function ScoreRelay(server) {
  this.wss = new WebSocketServer({ server });
  this.wss.on('connection', this.onClient.bind(this));
}

ScoreRelay.prototype.onClient = function (ws) {
  scores$.subscribe(function (score) { // expect: dropped-unsubscribe
    ws.send(JSON.stringify(score));
  });
};

ScoreRelay.prototype.publish = function (score) {
  scores$.next(score);
};

module.exports = ScoreRelay;
