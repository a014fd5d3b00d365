// The service-wide signal outlives every conversion, so each conversion takes its 'abort'
// listener off again: when the child fails to start ('error') and when it exits ('close').
import { spawn } from 'node:child_process';

export interface Service {
  signal: AbortSignal;
  workDir: string;
}

export function convert(service: Service, input: string, output: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', ['-i', input, output], { cwd: service.workDir });
    const stop = () => child.kill('SIGTERM');
    service.signal.addEventListener('abort', stop, { once: true });
    child.on('error', (err) => {
      service.signal.removeEventListener('abort', stop);
      reject(err);
    });
    child.on('close', (code) => {
      service.signal.removeEventListener('abort', stop);
      if (code === 0) resolve(output);
      else reject(new Error(`ffmpeg exited with ${code}`));
    });
  });
}

export async function convertAll(service: Service, files: string[]): Promise<string[]> {
  const done: string[] = [];
  for (const file of files) done.push(await convert(service, file, `${file}.mp4`));
  return done;
}
