'use strict';

const fs = require('node:fs');
const express = require('express');

const app = express();

// Each preview request starts polling the file again: Node adds one more listener (with
// this request's `res`) to the file's stat watcher every time, and never drops any.
app.get('/preview/:name', (req, res) => {
  const file = `/srv/drafts/${req.params.name}.md`;
  fs.watchFile(file, { interval: 1000 }, () => console.log(`${file} changed`)); // expect: unclosed-watcher
  res.sendFile(file);
});

app.listen(3000);
