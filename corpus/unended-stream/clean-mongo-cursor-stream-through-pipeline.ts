// pipeline() destroys the cursor's stream, and so closes the cursor, when the client leaves.
import express from 'express';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { db } from './mongo';

export const router = express.Router();

router.get('/exports/users.csv', async (req, res) => {
  const cursor = db.collection('users').find({ active: true }).project({ email: 1, name: 1 }).batchSize(500);
  res.type('text/csv');
  await pipeline(cursor.stream(), stringify({ header: true }), res).catch(() => cursor.close());
});
