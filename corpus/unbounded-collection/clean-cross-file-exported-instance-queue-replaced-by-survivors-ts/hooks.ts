import express from 'express';
import { outbox } from './outbox';

const app = express();
app.use(express.json());
app.post('/orders', async (req, res) => {
  await outbox.send('https://partner.example/hooks/order', JSON.stringify(req.body));
  res.sendStatus(202);
});
app.listen(8080);
