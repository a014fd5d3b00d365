// Every request is remembered whole: each region's entry keeps its last request, body and
// socket included, until that region's next one.
import express from 'express';
import { remember, activity } from './activity';

const app = express();
app.use((req, res, next) => {
  remember(req.hostname.startsWith('us.') ? 'us' : 'eu', req); // expect: request-capture
  next();
});
app.get('/status', (_req, res) => res.json(activity()));
app.listen(3001);
