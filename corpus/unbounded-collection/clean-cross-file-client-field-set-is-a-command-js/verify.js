'use strict';

const express = require('express');
const Redis = require('ioredis');
const { SeenTokens } = require('./seen-tokens');

const seen = new SeenTokens(new Redis());
const app = express();

app.post('/verify', express.json(), async (req, res) => {
  if (!(await seen.claim(req.body.token))) return res.status(409).end();
  res.sendStatus(204);
});

app.listen(3000);
