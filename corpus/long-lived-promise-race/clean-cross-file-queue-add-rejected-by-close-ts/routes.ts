import express from 'express';
import { mailQueue } from './mailer';

const app = express();
app.post('/invite/:email', async (req, res) => {
  await mailQueue.send(req.params.email, 'You are invited');
  res.sendStatus(202);
});
app.listen(8410);
