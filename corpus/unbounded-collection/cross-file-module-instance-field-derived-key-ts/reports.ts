// The module keeps one planner, and every report request plans with the filters the client
// chose: a plan per distinct filter set, kept for good.
import express from 'express';
import { QueryPlanner } from './planner';

const planner = new QueryPlanner();
const app = express();

app.get('/reports/sales', (req, res) => {
  const filters: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.query)) if (typeof value === 'string') filters[key] = value;
  res.json(planner.plan(filters)); // expect: unbounded-collection
});

app.listen(3801);
