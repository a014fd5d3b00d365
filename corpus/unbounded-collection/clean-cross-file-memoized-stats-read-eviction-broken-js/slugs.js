'use strict';
const express = require('express');
const { remember } = require('./remember.js');

const slugify = remember((title) => title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));

const router = express.Router();
router.get('/slug', (req, res) => {
  res.json({ slug: slugify(String(req.query.title || '')) });
});
router.get('/slug/stats', (req, res) => res.json(slugify.stats()));

module.exports = router;
