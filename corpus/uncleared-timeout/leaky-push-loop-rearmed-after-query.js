// The close handler clears the pending push, but while `push()` waits for the query there is
// none: a client that leaves then gets its loop re-armed afterwards, for good.
const { WebSocketServer } = require('ws');
const { Pool } = require('pg');

const pool = new Pool();
const wss = new WebSocketServer({ port: 8098 });

wss.on('connection', (ws) => {
  let timer = null;

  async function push() {
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM jobs WHERE state = $1', ['queued']);
    ws.send(JSON.stringify({ queued: rows[0].n }));
    timer = setTimeout(push, 3000); // expect: uncleared-timeout
  }

  ws.on('close', () => clearTimeout(timer));
  push();
});
