const express = require('express');
const { hits } = require('./hits');

const app = express();
app.get('/counter', (req, res) => {
  hits.onHit((total) => res.write(`hits=${total}\n`)); // expect: listener-leak
  hits.count();
});
app.listen(3000);
