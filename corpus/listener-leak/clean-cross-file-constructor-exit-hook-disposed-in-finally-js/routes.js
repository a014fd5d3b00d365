// Every run disposes of its marker in a `finally`; the scheduler keeps the markers it takes in a
// registry that disposes of them when their job ends.
const express = require('express');
const { Marker } = require('./marker');

const migrations = express.Router();
const held = new Map();

migrations.post('/migrations/:name/run', async (req, res) => {
  const marker = await Marker.create(`/var/run/migrate-${req.params.name}.pid`);
  try {
    const applied = await runMigration(req.params.name);
    res.json({ applied });
  } catch (error) {
    res.status(409).json({ error: String(error) });
  } finally {
    await marker.dispose();
  }
});

migrations.post('/jobs/:id/hold', async (req, res) => {
  const marker = await Marker.create(`/var/run/job-${req.params.id}.pid`);
  held.set(req.params.id, marker);
  res.status(202).end();
});

migrations.post('/jobs/:id/done', async (req, res) => {
  const marker = held.get(req.params.id);
  held.delete(req.params.id);
  if (marker) await marker.dispose();
  res.status(204).end();
});

async function runMigration(name) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad migration name ${name}`);
  return name.length;
}

module.exports = { migrations };
