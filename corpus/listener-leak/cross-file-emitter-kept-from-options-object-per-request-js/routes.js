// Every tracking request makes a tracker over the module's one scan emitter and follows a
// parcel with a listener that holds the response: none is ever taken off.
const { EventEmitter } = require('node:events');
const express = require('express');
const { ScanTracker } = require('./tracker');

const scans = new EventEmitter();
const router = express.Router();

router.get('/parcels/:id/track', (req, res) => {
  const tracker = new ScanTracker({ scans, label: 'depot' });
  tracker.follow(req.params.id, (scan) => res.write(`${scan.place}\n`)); // expect: listener-leak
});

module.exports = { router, scans };
