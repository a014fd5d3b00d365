// Awaited and chained work finishes inside the request.
import express from 'express';

const app = express();

async function save(body: unknown): Promise<string> {
  return JSON.stringify(body);
}

app.post('/items', async (req, res) => {
  await new Promise((resolve) => setTimeout(resolve, 10));
  const id = await save(req.body);
  save(req.body).then(() => console.log('saved again', req.path));
  res.status(201).json({ id });
});
