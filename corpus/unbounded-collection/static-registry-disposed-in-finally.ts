// The same scratch directories, in TypeScript: the renderer disposes of its directory
// whatever the rendering does.
import { mkdtemp, readFile, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';

export class Scratch {
  static live = new Set<Scratch>();

  static async open(prefix: string): Promise<Scratch> {
    const scratch = new Scratch(await mkdtemp(join(tmpdir(), prefix)));
    Scratch.live.add(scratch);
    return scratch;
  }

  constructor(readonly dir: string) {}

  async dispose(): Promise<void> {
    Scratch.live.delete(this);
    await rm(this.dir, { recursive: true, force: true });
  }
}

export async function renderReport(report: object, render: (r: object, to: string) => Promise<void>): Promise<Buffer> {
  const scratch = await Scratch.open('report-');
  try {
    await render(report, join(scratch.dir, 'out.pdf'));
    return await readFile(join(scratch.dir, 'out.pdf'));
  } finally {
    await scratch.dispose();
  }
}
