// Each request records its steps in a list of its own, gone with the request.
import express from 'express';
import { step } from './trace';

const app = express();
app.get('/orders/:id', (req, res) => {
  const steps: Array<{ request: typeof req; at: number }> = [];
  step(steps, req);
  res.json({ id: req.params.id, steps: steps.length });
});
app.listen(3002);
