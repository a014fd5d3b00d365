// Callbacks handed to ordinary APIs run once, for this request.
const express = require('express');
const fs = require('fs');
const db = require('./db');

const app = express();

app.get('/users/:id', (req, res, next) => {
  db.query('select * from users where id = ?', [req.params.id], (err, rows) => {
    if (err) return next(err);
    fs.readFile('template.html', 'utf8', (readError, html) => {
      res.send(html.replace('{{name}}', rows[0].name));
    });
  });
});
