// A fixed template name (or one from the configuration) adds one entry at most; a key taken
// from each request adds one per distinct client, for good.
const express = require('express');
const { template, rememberPrefs } = require('./templates');
const config = require('./config.json');

const app = express();

app.get('/', (req, res) => {
  res.send(template('index.html'));
});

app.get('/about', (req, res) => {
  const page = config.aboutPage;
  res.send(template(page));
});

app.post('/prefs', express.json(), (req, res) => {
  rememberPrefs(req.headers['x-user'], req.body); // expect: unbounded-collection
  res.sendStatus(204);
});

module.exports = app;
