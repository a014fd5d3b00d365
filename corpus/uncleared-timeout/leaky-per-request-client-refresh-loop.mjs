// Each request makes a client that refreshes its token on a timer loop until `close()`, which
// the request never calls: every request leaves a loop refreshing for good.
import express from 'express';

class TokenClient {
  constructor(secret) {
    this.secret = secret;
    this.timer = null;
  }

  async refresh() {
    const res = await fetch('https://auth.example/token', { method: 'POST', body: this.secret });
    return (await res.json()).expiresIn;
  }

  schedule(ms) {
    this.timer = setTimeout(() => {
      this.refresh().then((s) => this.schedule(s * 900), () => this.schedule(5000));
    }, ms);
  }

  close() {
    clearTimeout(this.timer);
  }
}

const app = express();
app.use(async (req, res, next) => {
  const client = new TokenClient(req.get('x-secret')); // expect: uncleared-timeout
  client.schedule(60000);
  req.client = client;
  next();
});
app.listen(8101);
