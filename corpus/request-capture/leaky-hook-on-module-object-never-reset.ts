// The render sets a hook on the module's translator and never resets it: the last request's
// closure, and the response it captures, stay on the translator until the next request.
import express from 'express';

type MissingHook = ((key: string) => void) | null;

const translator: { messages: Record<string, string>; onMissingKey: MissingHook; t(key: string): string } = {
  messages: { title: 'Product' },
  onMissingKey: null,
  t(key: string): string {
    const message = this.messages[key];
    if (message === undefined && this.onMissingKey) this.onMissingKey(key);
    return message ?? key;
  },
};

const app = express();
app.get('/products/:id', (req, res) => {
  translator.onMissingKey = (key) => { // expect: request-capture
    res.append('X-Missing', `${req.params.id}:${key}`);
  };
  res.send(`<h1>${translator.t('title')}</h1><p>${translator.t('shipping')}</p>`);
});
app.listen(3039);
