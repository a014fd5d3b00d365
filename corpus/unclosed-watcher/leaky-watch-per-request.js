// A watcher per request, dropped on the floor: handles pile up until the inotify limit.
const fs = require('fs');
const express = require('express');

const app = express();

app.get('/tail/:name', (req, res) => {
  fs.watch(`logs/${req.params.name}`, () => res.write("changed\n")); // expect: unclosed-watcher
});
