const express = require('express');
const { streamAttachment } = require('./attachments');

const router = express.Router();

router.get('/attachments/:id', (req, res) => {
  if (!/^[a-f0-9]{24}$/.test(req.params.id)) return res.status(400).end();
  streamAttachment(res, req.params.id, 'application/octet-stream'); // expect: unended-stream
});

module.exports = router;
