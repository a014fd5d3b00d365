// A subclass that reads a tenant's banner; the route makes one per request and never closes
// it, so every request leaves a watcher on the tenant's file.
const express = require('express');
const { LiveFile } = require('./live-file');

class TenantBanner extends LiveFile {
  constructor(tenant) {
    super(`/etc/tenants/${tenant}/banner.txt`);
  }

  html() {
    return `<div class="banner">${this.text.trim()}</div>`;
  }
}

const router = express.Router();

router.get('/banner/:tenant', (req, res) => {
  const banner = new TenantBanner(req.params.tenant.replace(/[^a-z0-9-]/g, '')); // expect: unclosed-watcher
  res.send(banner.html());
});

module.exports = { router };
