// Invoices are rendered with a formatter per currency and locale of the account, cached: the
// accounts use a handful of currencies and locales, so the cache holds a handful of entries.
import express from "express";

const formats = new Map<string, Intl.NumberFormat>();

function money(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}:${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency });
    formats.set(key, format);
  }
  return format;
}

interface Account {
  currency: string;
  locale: string;
  balanceCents: number;
}

declare function loadAccount(id: string): Promise<Account>;

const app = express();
app.get("/accounts/:id/balance", async (req, res) => {
  const account = await loadAccount(req.params.id);
  res.send(money(account.currency, account.locale).format(account.balanceCents / 100));
});
app.listen(8084);
