// splice(index, 0, item) only inserts.
const express = require('express');

const router = express.Router();
const queue = []; // expect: unbounded-collection

router.post('/jobs', (req, res) => {
  const at = queue.findIndex((job) => job.priority < req.body.priority);
  queue.splice(at === -1 ? queue.length : at, 0, req.body);
  res.sendStatus(202);
});

module.exports = router;
