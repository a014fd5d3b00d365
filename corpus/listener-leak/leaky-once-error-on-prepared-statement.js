// One prepared statement serves every call; each call adds a 'error' listener that only a
// failed insert consumes, so a healthy service gathers one listener, and its line, per call.
const db = require('./db');

const insert = db.prepare('INSERT INTO audit (line) VALUES (?)');

function audit(line) {
  insert.once('error', (error) => console.error('audit failed for', line, error)); // expect: listener-leak
  insert.run(line);
}

module.exports = { audit };
