// Every request binds itself to the shared error context, which outlives it.
import express from 'express';
import errorContext from './error-context';

const app = express();

app.use((req, res, next) => {
  errorContext.bind(req); // expect: request-capture
  next();
});

app.get('/health', (req, res) => {
  res.json({ ok: true, last: errorContext.describe() });
});

export default app;
