'use strict';

const fs = require('node:fs');

// The service polls its one config file for as long as it runs.
let config = JSON.parse(fs.readFileSync('/etc/app/config.json', 'utf8'));
fs.watchFile('/etc/app/config.json', { interval: 5000, persistent: false }, () => {
  config = JSON.parse(fs.readFileSync('/etc/app/config.json', 'utf8'));
});

module.exports = { current: () => config };
