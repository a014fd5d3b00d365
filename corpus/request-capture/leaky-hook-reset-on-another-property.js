// The render resets the translator's locale after use, but not the hook it set: the hook keeps
// the last request's response alive between requests.
const express = require('express');

const translator = {
  locale: 'en',
  onMissingKey: null,
  t(key) {
    if (this.onMissingKey) this.onMissingKey(key);
    return key;
  },
};

const app = express();
app.get('/pages/:slug', (req, res) => {
  translator.locale = req.acceptsLanguages('en', 'de') || 'en';
  translator.onMissingKey = (key) => res.append('X-Missing', key); // expect: request-capture
  const html = `<h1>${translator.t(req.params.slug)}</h1>`;
  translator.locale = null;
  res.send(html);
});
app.listen(3040);
