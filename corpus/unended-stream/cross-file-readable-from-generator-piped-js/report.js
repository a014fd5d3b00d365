// Rows of a report as a stream: the generator holds a pooled client until it finishes, or
// until the stream is destroyed.
const { Readable } = require('stream');

async function* rows(pool, month) {
  const client = await pool.connect();
  try {
    let offset = 0;
    for (;;) {
      const { rows: page } = await client.query('SELECT * FROM sales WHERE month = $1 LIMIT 500 OFFSET $2', [month, offset]);
      if (page.length === 0) return;
      for (const row of page) yield `${row.id},${row.total}\n`;
      offset += page.length;
    }
  } finally {
    client.release();
  }
}

function reportStream(pool, month) {
  return Readable.from(rows(pool, month));
}

module.exports = { reportStream };
