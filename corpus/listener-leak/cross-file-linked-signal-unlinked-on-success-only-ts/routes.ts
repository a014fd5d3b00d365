import express from 'express';
import { exportRows } from './exports';

const app = express();

app.get('/export', async (req, res) => {
  res.type('text/csv').send(await exportRows(async () => [`id,name`, `${req.query.id},x`])); // expect: listener-leak
});

app.listen(8080);
