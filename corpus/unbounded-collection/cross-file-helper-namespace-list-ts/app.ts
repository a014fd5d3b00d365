// The request handler hands the module's own list, through the namespace import, to the
// helper: one record per request, kept for good.
import express from 'express';
import * as instrument from './instrument';

const app = express();

app.get('/report', (req, res) => {
  instrument.track(res as unknown as Record<string, unknown>, 'json', instrument.wrapped); // expect: unbounded-collection
  res.json({ ok: true });
});

app.listen(3000);
