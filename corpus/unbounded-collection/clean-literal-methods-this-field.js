// The same object-literal store, with its removal called when each upload ends; and a
// literal whose `this` field only ever holds a few fixed keys.
const express = require('express');
const { randomUUID } = require('node:crypto');

const uploads = {
  byId: new Map(),
  begin(name) {
    const id = randomUUID();
    this.byId.set(id, { name, bytes: 0 });
    return id;
  },
  progress(id, bytes) {
    const upload = this.byId.get(id);
    if (upload) upload.bytes += bytes;
  },
  finish(id) {
    this.byId.delete(id);
  },
};

const counters = {
  byMethod: new Map(),
  count(method) {
    this.byMethod.set(method, (this.byMethod.get(method) || 0) + 1);
  },
};

const app = express();
app.post('/uploads', (req, res) => {
  counters.count(req.method);
  const id = uploads.begin(String(req.query.name));
  req.on('data', (chunk) => uploads.progress(id, chunk.length));
  req.on('end', () => {
    uploads.finish(id);
    res.json({ id });
  });
});
app.listen(3000);
