const fs = require('fs');

function readRecord(handle, index, size) {
  const buf = Buffer.alloc(size);
  return handle.read(buf, 0, size, index * size).then(({ bytesRead }) => buf.subarray(0, bytesRead));
}

async function lookup(handle, index) {
  const record = await readRecord(handle, index, 64);
  return JSON.parse(record.toString('utf8').replace(/\0+$/, ''));
}

async function fetchRecord(req, res) {
  const index = Number(req.params.index);
  if (!Number.isInteger(index) || index < 0) {
    res.status(400).json({ error: 'bad index' });
    return;
  }
  const handle = await fs.promises.open(`/var/lib/ledger/${req.params.shard}.dat`, 'r');
  let record;
  try {
    record = await lookup(handle, index);
  } finally {
    await handle.close();
  }
  res.json(record);
}

module.exports = { fetchRecord };
