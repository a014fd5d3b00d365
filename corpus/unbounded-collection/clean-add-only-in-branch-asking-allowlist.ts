// Bundles are cached only for the locales the product ships: the add sits in the branch that
// asks the fixed list first, so the table holds a handful of entries at most.
import express from 'express';

const SUPPORTED = ['en', 'de', 'fr', 'ja'];
const bundles = new Map<string, Promise<Record<string, string>>>();

export const app = express();
app.get('/i18n/:locale', async (req, res) => {
  const { locale } = req.params;
  if (SUPPORTED.includes(locale) && !bundles.has(locale)) {
    bundles.set(locale, import(`./locales/${locale}.json`).then((m) => m.default));
  }
  res.json(await (bundles.get(locale) ?? bundles.get('en')));
});
