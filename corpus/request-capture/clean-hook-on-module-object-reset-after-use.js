// The render sets a hook on the module's translator and resets it to null before answering:
// the closure, and the response it captures, are held only while the request renders.
const express = require('express');

const translator = {
  messages: { en: { title: 'Product' } },
  onMissingKey: null,
  t(key) {
    const message = this.messages.en[key];
    if (message === undefined && this.onMissingKey) this.onMissingKey(key);
    return message === undefined ? key : message;
  },
};

const app = express();
app.get('/products/:id', (req, res) => {
  const missing = [];
  translator.onMissingKey = (key) => {
    missing.push(`${req.params.id}:${key}`);
  };
  const html = `<h1>${translator.t('title')}</h1><p>${translator.t('shipping')}</p>`;
  translator.onMissingKey = null;
  res.set('X-Missing', missing.join(',')).send(html);
});
app.listen(3034);
