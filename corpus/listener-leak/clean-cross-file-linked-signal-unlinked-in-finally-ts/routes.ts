import express from 'express';
import { exportRows } from './exports';

const app = express();

app.get('/export', async (req, res) => {
  res.type('text/csv').send(await exportRows(async () => [`id,name`, `${req.query.id},x`]));
});

app.listen(8080);
