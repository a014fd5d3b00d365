// Each package's script runs in a child; the child's own 'close' and 'error' listeners settle
// through one function, and only the timeout kills: by the time the others run, it has ended.
import { spawn } from 'node:child_process';

function runScript(dir, script, timeoutMs = 600_000) {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', script], { cwd: dir, stdio: 'inherit' });
    let done = false;
    const settle = (err, code) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(code);
    };
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      settle(new Error(`${script} timed out`));
    }, timeoutMs);
    child.on('error', (err) => settle(err));
    child.on('close', (code) => (code === 0 ? settle(null, code) : settle(new Error(`${script} exited with ${code}`))));
  });
}

export async function runAll(dirs, script) {
  for (const dir of dirs) await runScript(dir, script);
}
