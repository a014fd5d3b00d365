const express = require('express');
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const router = express.Router();
const SPOOL = process.env.SPOOL_DIR || '/var/spool/intake';

router.put('/intake/:name', (req, res, next) => {
  const id = crypto.randomUUID();
  const target = path.join(SPOOL, `${id}-${path.basename(req.params.name)}`);
  const file = fs.createWriteStream(target);
  req.pipe(file); // expect: unended-stream
  file.on('finish', () => res.status(201).json({ id }));
  file.on('error', next);
});

module.exports = router;
