// Listeners on the request's own objects die with the request.
import express from 'express';

const app = express();

app.get('/download', (req, res) => {
  const started = Date.now();
  res.on('finish', () => console.log(req.method, req.url, res.statusCode, Date.now() - started));
  req.on('close', () => res.end());
  res.send('ok');
});
