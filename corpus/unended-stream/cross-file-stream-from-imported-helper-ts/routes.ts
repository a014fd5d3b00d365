import express from 'express';
import { openReport } from './reports';

const app = express();

app.get('/reports/:name', (req, res) => {
  res.type('application/pdf');
  openReport(req.params.name).pipe(res); // expect: unended-stream
});

app.listen(3041);
