// Each request adds an interceptor (holding its token) to the module's client and never
// ejects it: every later call runs through all of them.
const express = require('express');
const axios = require('axios');

const billing = axios.create({ baseURL: 'https://billing.internal' });
const app = express();

app.get('/invoices', async (req, res) => {
  const token = String(req.headers.authorization || '');
  billing.interceptors.request.use((config) => { // expect: dropped-unsubscribe
    config.headers.authorization = token;
    return config;
  });
  const { data } = await billing.get('/v1/invoices');
  res.json(data);
});
app.listen(4500);
