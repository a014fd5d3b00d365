// Per request: two watchers are started through the helpers and never closed; the third is
// kept and closed when the client goes away. The start-up watcher runs once.
const express = require('express');
const { watchFile, follow } = require('./watch');

const app = express();

follow('config.json', () => console.log('config changed'));

app.get('/tail/:name', (req, res) => {
  watchFile(`/var/log/${req.params.name}`, () => res.write('changed\n')); // expect: unclosed-watcher
  follow(`/var/log/${req.params.name}.1`, () => res.write('rotated\n')); // expect: unclosed-watcher
});

app.get('/watch/:name', (req, res) => {
  const watcher = watchFile(`/var/log/${req.params.name}`, () => res.write('changed\n'));
  req.on('close', () => watcher.close());
});

module.exports = app;
