// Each streaming request subscribes through the helpers: the first keeps every request's
// response on the bus for good; the second hands back a remover, used when the request closes.
import express from 'express';
import { onUserCreated, onUserDeleted } from './events';

const app = express();

app.get('/users/stream', (req, res) => {
  onUserCreated((user) => res.write(`${JSON.stringify(user)}\n`)); // expect: listener-leak
  const stop = onUserDeleted((id) => res.write(`deleted ${id}\n`));
  req.on('close', stop);
});

onUserCreated((user) => console.log('created', user.id));

export default app;
