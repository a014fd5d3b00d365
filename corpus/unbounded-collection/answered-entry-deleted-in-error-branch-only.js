'use strict';

const { fork } = require('child_process');
const express = require('express');

const renderer = fork(require.resolve('./render-worker'));
const awaitingRender = new Map(); // expect: unbounded-collection
let sequence = 0;

renderer.on('message', (reply) => {
  const waiter = awaitingRender.get(reply.seq);
  if (!waiter) return;
  if (reply.failed) {
    awaitingRender.delete(reply.seq);
    waiter.fail(new Error(reply.failed));
    return;
  }
  waiter.done(reply.html);
});

function render(template, data) {
  return new Promise((done, fail) => {
    const seq = ++sequence;
    awaitingRender.set(seq, { done, fail });
    renderer.send({ seq, template, data });
  });
}

const app = express();
app.get('/page/:name', async (req, res) => {
  res.send(await render(req.params.name, req.query));
});

module.exports = app;
