// One scope for the whole app, made when the module loads: the last request bound to it stays
// reachable for as long as the app runs.
import express from 'express';
import { RequestScope } from './request-scope';

const app = express();
const current = new RequestScope();

app.use((req, res, next) => {
  current.bind(req); // expect: request-capture
  next();
});

export default app;
