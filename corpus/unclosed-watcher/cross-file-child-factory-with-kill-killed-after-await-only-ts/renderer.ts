// Starts a headless renderer process and hands back the way to use it and the only way to end it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export function startRenderer(width: number) {
  const child = spawn('chromium-render', ['--width', String(width)], { stdio: ['pipe', 'pipe', 'inherit'] });
  async function render(html: string): Promise<Buffer> {
    child.stdin.write(`${JSON.stringify({ html })}\n`);
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
    return chunk;
  }
  function stop(): void {
    child.kill('SIGTERM');
  }
  return { render, stop };
}
