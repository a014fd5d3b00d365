// Memoising helpers over the module's own maps: one entry per distinct key. Whether that is
// bounded depends on the keys the callers pass. The callers here repeat `template` with keys
// that need not be new per request, so it stays a note on the map (its rate is unknown).
const fs = require('fs');

const compiled = new Map(); // expect: unbounded-collection
const prefs = new Map();

function template(name) {
  if (!compiled.has(name)) compiled.set(name, fs.readFileSync(`views/${name}`, 'utf8'));
  return compiled.get(name);
}

function rememberPrefs(user, value) {
  prefs.set(user, value);
}

module.exports = { template, rememberPrefs };
