'use strict';
const express = require('express');

// Every byte counter installed on a response is listed, so a debug endpoint can show them.
const counters = []; // expect: unbounded-collection

function countBytes(res, list) {
  const write = res.write;
  const entry = { url: res.req.originalUrl, bytes: 0 };
  res.write = function countedWrite(chunk, ...rest) {
    entry.bytes += Buffer.byteLength(chunk);
    return write.call(this, chunk, ...rest);
  };
  list.push(entry);
  return () => {
    res.write = write;
    const at = list.indexOf(entry);
    if (at !== -1) list.splice(at, 1);
  };
}

const app = express();
app.use((req, res, next) => {
  const uninstall = countBytes(res, counters);
  res.on('finish', () => uninstall());
  next();
});
app.get('/debug/counters', (req, res) => res.json(counters.length));
app.listen(3000);
