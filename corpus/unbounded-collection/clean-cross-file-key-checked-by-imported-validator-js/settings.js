'use strict';
// Settings of the whole process, one entry per accepted setting name.
const ACCEPTED = new Set(['theme', 'locale', 'currency', 'timezone']);

class Settings {
  constructor() {
    this.values = new Map();
  }

  write(key, value) {
    this.values.set(key, value);
  }
}

function isAllowedSetting(key) {
  return ACCEPTED.has(key);
}

module.exports = { Settings, isAllowedSetting };
