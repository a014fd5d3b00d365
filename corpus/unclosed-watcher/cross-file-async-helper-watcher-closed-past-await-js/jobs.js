'use strict';
const express = require('express');
const { watchDir } = require('./dir-watch');
const { renderSite } = require('./render');

const app = express();
app.post('/sites/:name/render', async (req, res, next) => {
  try {
    const dir = `/srv/sites/${req.params.name}`;
    const watch = await watchDir(dir); // expect: unclosed-watcher
    const output = await renderSite(dir);
    watch.close();
    res.json({ output, touched: [...watch.touched] });
  } catch (err) {
    next(err);
  }
});
app.listen(3000);
