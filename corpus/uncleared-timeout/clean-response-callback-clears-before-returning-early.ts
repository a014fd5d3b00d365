// The twin: the non-200 branch clears the deadline itself before it returns, and the
// listeners added past it clear it on the other outcomes.
import https from 'node:https';
import express from 'express';

function fetchQuote(symbol: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = https.get(`https://quotes.example.com/v1/${encodeURIComponent(symbol)}`, (res) => {
      if (res.statusCode !== 200) {
        clearTimeout(deadline);
        res.resume();
        return reject(new Error(`quote service answered ${res.statusCode}`));
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => { clearTimeout(deadline); resolve(JSON.parse(body)); });
      res.on('error', (err) => { clearTimeout(deadline); reject(err); });
    });
    req.on('error', reject);
    const deadline = setTimeout(() => {
      req.destroy(new Error('quote lookup timed out'));
    }, 30_000);
  });
}

export const app = express();
app.get('/quote/:symbol', async (req, res, next) => {
  try {
    res.json(await fetchQuote(req.params.symbol));
  } catch (err) {
    next(err);
  }
});
