// Bound for the request and released when the response finishes.
import express from 'express';
import errorContext from './error-context';

const app = express();

app.use((req, res, next) => {
  errorContext.bind(req);
  res.on('finish', () => errorContext.release());
  next();
});

export default app;
