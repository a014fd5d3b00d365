// The interceptor's id is ejected once the request's call is done; better still would be to
// pass the header per call, but the chain stays as long as it was.
import express from 'express';
import axios from 'axios';

const billing = axios.create({ baseURL: 'https://billing.internal' });
const app = express();

app.get('/invoices', async (req, res) => {
  const token = String(req.headers.authorization ?? '');
  const id = billing.interceptors.request.use((config) => {
    config.headers.set('authorization', token);
    return config;
  });
  try {
    const { data } = await billing.get('/v1/invoices');
    res.json(data);
  } finally {
    billing.interceptors.request.eject(id);
  }
});
app.listen(4501);
