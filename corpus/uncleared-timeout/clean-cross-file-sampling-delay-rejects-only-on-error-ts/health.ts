// The health route samples the load on every call.
import express from 'express';
import { sampleLoad } from './load';

const app = express();
app.get('/health', async (_req, res) => {
  res.json({ load: await sampleLoad(200) });
});
app.listen(8095);
