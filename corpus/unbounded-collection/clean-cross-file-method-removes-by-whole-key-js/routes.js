'use strict';

const { Router } = require('express');
const { ThumbnailQueue } = require('./thumbnails');
const { renderThumbnail } = require('./render');

const queue = new ThumbnailQueue(renderThumbnail);
const router = Router();

router.get('/img/:id', async (req, res, next) => {
  try {
    const width = Number(req.query.w) || 320;
    const body = await queue.request(req.params.id, width, req.query.fmt || 'webp');
    res.type('image/webp').send(body);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
