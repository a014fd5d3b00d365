// pipeline() destroys the report stream when `res` closes early, which ends the generator and
// gives the client back.
import express from 'express';
import { Pool } from 'pg';
import { pipeline } from 'node:stream';
import { reportStream } from './report';

const pool = new Pool();
const app = express();

app.get('/reports/:month.csv', (req, res) => {
  res.type('text/csv');
  pipeline(reportStream(pool, req.params.month), res, (err) => {
    if (err) console.warn('report ended early', err.message);
  });
});

app.listen(3601);
