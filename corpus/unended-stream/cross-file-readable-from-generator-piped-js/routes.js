// A client that leaves mid-download closes `res`, but `pipe` leaves the report stream paused,
// and its generator keeps the pooled client checked out.
const express = require('express');
const { Pool } = require('pg');
const { reportStream } = require('./report');

const pool = new Pool();
const app = express();

app.get('/reports/:month.csv', (req, res) => {
  res.type('text/csv');
  const csv = reportStream(pool, req.params.month);
  csv.pipe(res); // expect: unended-stream
});

app.listen(3600);
