// An admin route asks the operator on the terminal before it proceeds. Each request makes a
// readline interface on the process's stdin and never closes it: every interface keeps its
// listeners on stdin, and the route's closures with them, for the life of the process.
const express = require('express');
const readline = require('node:readline');

const app = express();

app.post('/admin/rotate-keys', (req, res) => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout }); // expect: unclosed-watcher
  rl.question(`Rotate keys for ${req.ip}? (y/n) `, (answer) => {
    res.json({ rotated: answer.trim() === 'y' });
  });
});

app.listen(3000);
