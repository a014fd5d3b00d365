import express from 'express';
import { pipeline } from 'node:stream/promises';
import { openReport } from './reports';

const app = express();

app.get('/reports/:name', async (req, res, next) => {
  res.type('application/pdf');
  try {
    await pipeline(openReport(req.params.name), res);
  } catch (err) {
    next(err);
  }
});

app.listen(3041);
