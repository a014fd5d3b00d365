'use strict';
const express = require('express');
const { Settings, isAllowedSetting } = require('./settings');

const settings = new Settings();

const app = express();
app.use(express.json());
// The key is checked by the settings module's own validator before it is written.
app.put('/settings/:key', (req, res) => {
  const key = req.params.key;
  if (!isAllowedSetting(key)) return res.sendStatus(400);
  settings.write(key, req.body.value);
  res.sendStatus(204);
});
app.listen(3000);
