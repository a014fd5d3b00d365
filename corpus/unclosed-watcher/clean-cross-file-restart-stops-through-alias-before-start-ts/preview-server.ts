// A restart stops first; stop() takes the watcher out of the field into a local and closes it,
// so the watcher start() stores next replaces one that is already closed.
import { watchFiles } from './watch-files';
import type { FSWatcher } from 'chokidar';

export class PreviewServer {
  private watcher?: FSWatcher;

  constructor(private readonly paths: string[]) {}

  async start(): Promise<void> {
    this.watcher = watchFiles(this.paths, () => void this.restart());
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const watcher = this.watcher;
    this.watcher = undefined;
    await watcher?.close();
  }
}
