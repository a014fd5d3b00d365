// A lazily filled map of connection pools, keyed by the helper's parameter; every call passes
// a fixed name, so there are two pools however many requests come in.
const express = require('express');
const { Pool } = require('pg');

const settings = { primary: { max: 10 }, replica: { max: 20 } };
const pools = {};

function poolFor(name) {
  if (!pools[name]) pools[name] = new Pool(settings[name]);
  return pools[name];
}

const router = express.Router();

router.get('/users/:id', async (req, res) => {
  const { rows } = await poolFor('replica').query('select * from users where id = $1', [req.params.id]);
  res.json(rows[0] ?? null);
});

router.post('/users', async (req, res) => {
  const { rows } = await poolFor('primary').query('insert into users(name) values ($1) returning id', [req.body.name]);
  res.status(201).json(rows[0]);
});

module.exports = router;
