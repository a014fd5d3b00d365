// The cursor's stream is piped through a CSV transform into the response: a client that goes
// away leaves the server-side cursor open, with its batches.
const express = require('express');
const { stringify } = require('csv-stringify');
const { db } = require('./mongo');

const router = express.Router();

router.get('/exports/users.csv', (req, res) => {
  const cursor = db.collection('users').find({ active: true }).project({ email: 1, name: 1 }).batchSize(500);
  res.type('text/csv');
  cursor.stream().pipe(stringify({ header: true })).pipe(res); // expect: unended-stream
});

module.exports = router;
