// The server keeps one board and records every upload on it, but never calls `finish()`.
'use strict';
const express = require('express');
const { UploadBoard } = require('./uploads');

const board = new UploadBoard();
const app = express();

app.post('/uploads/:id', (req, res) => {
  board.begin(req.params.id, String(req.query.name)); // expect: unbounded-collection
  req.on('end', () => res.json({ ok: true }));
  req.resume();
});

app.get('/uploads', (req, res) => res.json(board.list()));
app.listen(3050);
