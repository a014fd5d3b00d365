// TypeScript bounds the key space: only two keys can ever exist.
import express from 'express';

type Format = 'json' | 'csv';
enum Channel { Email, Sms }

const app = express();
const lastExport = new Map<Format, number>();
const lastNotice = new Map<Channel, string>();

app.get('/export/:format', (req, res) => {
  const format = req.params.format as Format;
  lastExport.set(format, Date.now());
  lastNotice.set(req.query.sms ? Channel.Sms : Channel.Email, req.ip ?? '');
  res.end();
});
