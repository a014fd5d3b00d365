// The probe resolves on the child's first line of output and kills it only on the timeout:
// every probe answered in time leaves its child running.
import { spawn } from 'node:child_process';

function probeVersion(binary: string, timeoutMs = 5_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ["--version", "--wait"]);
    const settle = (err: Error | null, line?: string) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(line ?? '');
    };
    const timer = setTimeout(() => {
      child.kill();
      settle(new Error(`${binary} did not answer`));
    }, timeoutMs);
    child.stdout.once('data', (chunk: Buffer) => settle(null, chunk.toString().trim()));
  });
}

export async function probeAll(binaries: string[]): Promise<string[]> {
  const versions: string[] = [];
  for (const binary of binaries) versions.push(await probeVersion(binary)); // expect: unclosed-watcher
  return versions;
}
