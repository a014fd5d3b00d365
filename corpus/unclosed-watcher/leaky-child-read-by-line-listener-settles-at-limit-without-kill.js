// The line listener kills the search on bad output, but when enough matches are in it only
// stops reading and resolves: ripgrep runs on, blocked on its full pipe, one per search.
'use strict';
const { spawn } = require('node:child_process');
const readline = require('node:readline');

function search(root, pattern, limit = 200) {
  return new Promise((resolve, reject) => {
    const rg = spawn('rg', ['--json', '--', pattern, '.'], { cwd: root }); // expect: unclosed-watcher
    const lines = readline.createInterface({ input: rg.stdout });
    const hits = [];
    lines.on('line', (line) => {
      let event;
      try {
        event = JSON.parse(line);
      } catch (err) {
        rg.kill();
        reject(err);
        return;
      }
      if (event.type === 'match') hits.push(event.data.path.text);
      if (hits.length >= limit) {
        lines.close();
        resolve({ hits, complete: false });
      }
    });
    rg.on('error', reject);
    rg.on('close', () => resolve({ hits, complete: true }));
  });
}

module.exports = { search };
