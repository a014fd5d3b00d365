const fs = require('fs');

const pollers = new Map(); // expect: unbounded-collection

function loadTargets(file, check) {
  const targets = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const target of targets) {
    pollers.set(target.url, setInterval(() => check(target.url), target.everyMs)); // expect: uncleared-interval
  }
}

process.on('SIGHUP', () => loadTargets('/etc/pinger/targets.json', (url) => fetch(url).catch(() => {})));

module.exports = { loadTargets };
