const fs = require('fs');

let pollers = new Map();

function stopPolling() {
  for (const timer of pollers.values()) clearInterval(timer);
  pollers = new Map();
}

function loadTargets(file, check) {
  const targets = JSON.parse(fs.readFileSync(file, 'utf8'));
  stopPolling();
  for (const target of targets) {
    pollers.set(target.url, setInterval(() => check(target.url), target.everyMs));
  }
}

process.on('SIGHUP', () => loadTargets('/etc/pinger/targets.json', (url) => fetch(url).catch(() => {})));

module.exports = { loadTargets, stopPolling };
