// An upload tracker kept for the process: `start` notes the upload, `finish` and `discard` are
// the two ways it ends. The route discards an upload that is too large and finishes one that
// is stored, but a failed store goes to the error handler with the upload still noted.
'use strict';

const express = require('express');
const { randomUUID } = require('crypto');

class UploadTracker {
  constructor() {
    this.active = new Map();
  }

  start(uploadId, user) {
    this.active.set(uploadId, { user, startedAt: Date.now() });
  }

  finish(uploadId) {
    this.active.delete(uploadId);
  }

  discard(uploadId) {
    this.active.delete(uploadId);
  }
}

const tracker = new UploadTracker();
const router = express.Router();

router.post('/uploads', async (req, res, next) => {
  const uploadId = randomUUID();
  tracker.start(uploadId, req.user.id); // expect: unbounded-collection
  try {
    if (Number(req.headers['content-length']) > 50e6) {
      tracker.discard(uploadId);
      res.status(413).end();
      return;
    }
    const stored = await req.app.locals.blobs.put(uploadId, req);
    tracker.finish(uploadId);
    res.status(201).json(stored);
  } catch (error) {
    next(error);
  }
});

module.exports = { router };
