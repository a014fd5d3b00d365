// A probe waits for the server's ready line; a bad line kills it, but the ready branch
// resolves and leaves the probe process running.
import { spawn } from 'node:child_process';

export function waitUntilReady(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = spawn(command, args); // expect: unclosed-watcher
    probe.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (text.includes('FATAL')) {
        probe.kill();
        reject(new Error(text));
      } else if (text.includes('ready')) {
        resolve();
      }
    });
    probe.on('error', reject);
  });
}
