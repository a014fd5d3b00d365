// The same server forgets each upload when its response closes, however it ends.
'use strict';
const express = require('express');
const { UploadBoard } = require('./uploads');

const board = new UploadBoard();
const app = express();

app.post('/uploads/:id', (req, res) => {
  board.begin(req.params.id, String(req.query.name));
  res.on('close', () => board.finish(req.params.id));
  req.on('end', () => res.json({ ok: true }));
  req.resume();
});

app.get('/uploads', (req, res) => res.json(board.list()));
app.listen(3050);
