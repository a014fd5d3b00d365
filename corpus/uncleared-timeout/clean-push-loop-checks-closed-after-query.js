// The close handler clears the pending push and sets `closed`, which `push()` checks after
// the query and before re-arming.
const { WebSocketServer } = require('ws');
const { Pool } = require('pg');

const pool = new Pool();
const wss = new WebSocketServer({ port: 8098 });

wss.on('connection', (ws) => {
  let timer = null;
  let closed = false;

  async function push() {
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM jobs WHERE state = $1', ['queued']);
    if (closed) return;
    ws.send(JSON.stringify({ queued: rows[0].n }));
    timer = setTimeout(push, 3000);
  }

  ws.on('close', () => {
    closed = true;
    clearTimeout(timer);
  });
  push();
});
