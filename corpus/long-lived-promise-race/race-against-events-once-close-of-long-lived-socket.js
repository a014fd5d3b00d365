'use strict';

const net = require('net');
const { once } = require('events');
const express = require('express');

class LineClient {
  constructor(port) {
    this.socket = net.connect(port);
    this.waiting = [];
    this.socket.on('data', (chunk) => {
      const next = this.waiting.shift();
      if (next) next(String(chunk).trim());
    });
  }

  ask(line) {
    const answer = new Promise((resolve) => this.waiting.push(resolve));
    this.socket.write(`${line}\n`);
    const gone = once(this.socket, 'close').then(() => Promise.reject(new Error('line server gone')));
    return Promise.race([answer, gone]);
  }
}

const client = new LineClient(7070);
const app = express();
app.get('/ask/:q', async (req, res) => res.send(await client.ask(req.params.q))); // expect: long-lived-promise-race

module.exports = app;
