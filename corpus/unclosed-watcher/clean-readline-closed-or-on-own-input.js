// Interfaces closed after their answer, one read over a file stream that ends by itself, and
// the command line's own prompt made once for the process.
const express = require('express');
const fs = require('node:fs');
const readline = require('node:readline');

const app = express();

app.post('/admin/rotate-keys', (req, res) => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  rl.question(`Rotate keys for ${req.ip}? (y/n) `, (answer) => {
    rl.close();
    res.json({ rotated: answer.trim() === 'y' });
  });
});

app.get('/reports/:name/lines', async (req, res) => {
  const lines = readline.createInterface({ input: fs.createReadStream(`/var/reports/${req.params.name}.csv`), crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) if (line.trim()) count += 1;
  res.json({ count });
});

const console = readline.createInterface({ input: process.stdin });
console.on('line', (command) => {
  if (command === 'stop') process.exit(0);
});

app.listen(3000);
