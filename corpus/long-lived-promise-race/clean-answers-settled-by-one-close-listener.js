'use strict';

const net = require('net');
const express = require('express');

class LineClient {
  constructor(port) {
    this.socket = net.connect(port);
    this.waiting = [];
    this.socket.on('close', () => {
      for (const next of this.waiting.splice(0)) next(null);
    });
    this.socket.on('data', (chunk) => {
      const next = this.waiting.shift();
      if (next) next(String(chunk).trim());
    });
  }

  ask(line) {
    if (this.socket.destroyed) return Promise.reject(new Error('line server gone'));
    const answer = new Promise((resolve) => this.waiting.push(resolve));
    this.socket.write(`${line}\n`);
    return answer;
  }
}

const client = new LineClient(7070);
const app = express();
app.get('/ask/:q', async (req, res) => res.send(await client.ask(req.params.q)));

module.exports = app;
