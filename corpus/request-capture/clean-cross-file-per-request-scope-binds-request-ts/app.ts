// Each request gets its own scope; the scope goes when the request does.
import express from 'express';
import { RequestScope } from './request-scope';

const app = express();

app.use((req, res, next) => {
  const scope = new RequestScope();
  scope.bind(req);
  res.locals.scope = scope;
  next();
});

export default app;
