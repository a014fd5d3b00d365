// The pool is wrapped once, at start-up; the hook finds the current request through
// AsyncLocalStorage instead of capturing one.
const { AsyncLocalStorage } = require('async_hooks');
const express = require('express');
const { Pool } = require('pg');
const { timeMethod } = require('./timing');

const pool = new Pool();
const current = new AsyncLocalStorage();
const app = express();

timeMethod(pool, 'query', (sql, ms) => {
  const req = current.getStore();
  if (req && ms > 200) console.warn(`${req.method} ${req.originalUrl}: ${sql} took ${ms}ms`);
});

app.use((req, res, next) => current.run(req, next));

app.get('/users/:id', async (req, res) => {
  const { rows } = await pool.query('select * from users where id = $1', [req.params.id]);
  res.json(rows[0] || null);
});

app.listen(3000);
