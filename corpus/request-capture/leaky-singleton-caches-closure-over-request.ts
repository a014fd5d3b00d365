// A formatter cache keyed by locale; the cached formatter closes over the request that made
// it, so the first request per locale is kept for as long as the process runs.
import express, { Request, Response } from 'express';

type Format = (amount: number) => string;

class Formatters {
  private byLocale = new Map<string, Format>();

  forRequest(locale: string, req: Request): Format {
    let format = this.byLocale.get(locale);
    if (!format) {
      const currency = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
      this.byLocale.set(locale, (amount) => `${currency.format(amount)} (${req.hostname})`);
      format = this.byLocale.get(locale)!;
    }
    return format;
  }
}

const formatters = new Formatters();
const app = express();

app.get('/price/:amount', (req: Request, res: Response) => {
  const format = formatters.forRequest(req.query.de ? 'de-DE' : 'en-GB', req); // expect: request-capture
  res.send(format(Number(req.params.amount)));
});

app.listen(3000);
