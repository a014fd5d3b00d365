// Progress per upload: an update either finishes the upload (its entry goes) or records the
// new percentage. The delete and the set are two branches, not a touch that keeps the entry.
const { EventEmitter } = require('events');
const express = require('express');

const uploads = new EventEmitter();
const percentByUpload = new Map();

uploads.on('progress', (event) => {
  if (event.percent >= 100) percentByUpload.delete(event.uploadId);
  else percentByUpload.set(event.uploadId, event.percent);
});

const app = express();
app.get('/uploads/:id', (req, res) => res.json({ percent: percentByUpload.get(req.params.id) ?? 0 }));
app.listen(3037);

module.exports = { uploads };
