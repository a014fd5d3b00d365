// The twin in TypeScript: 'exit' and 'error' of the child itself settle, the timeout kills.
import { spawn } from 'node:child_process';

function compile(entry: string, timeoutMs = 120_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('tsc', ['-p', entry], { stdio: 'inherit' });
    const finish = (err: Error | null, code = 1) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(code);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new Error(`tsc on ${entry} timed out`));
    }, timeoutMs);
    child.once('error', (err) => finish(err));
    child.once('exit', (code) => finish(null, code ?? 1));
  });
}

export async function compileAll(entries: string[]): Promise<number[]> {
  const codes: number[] = [];
  for (const entry of entries) codes.push(await compile(entry));
  return codes;
}
