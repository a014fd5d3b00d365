// The twin: the branch that stops at the limit kills the search as well.
import { spawn } from 'node:child_process';
import readline from 'node:readline';

export function search(root: string, pattern: string, limit = 200): Promise<{ hits: string[]; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const rg = spawn('rg', ['--json', '--', pattern, '.'], { cwd: root });
    const lines = readline.createInterface({ input: rg.stdout });
    const hits: string[] = [];
    lines.on('line', (line: string) => {
      let event: { type: string; data: { path: { text: string } } };
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
        rg.kill();
        resolve({ hits, complete: false });
      }
    });
    rg.on('error', reject);
    rg.on('close', () => resolve({ hits, complete: true }));
  });
}
