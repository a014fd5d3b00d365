import chokidar, { type FSWatcher } from 'chokidar';
import { EventEmitter } from 'node:events';

export class ContentWatcher extends EventEmitter {
  private watcher: FSWatcher | null = null;

  constructor(private readonly root: string) {
    super();
  }

  start(): this {
    if (this.watcher) return this;
    this.watcher = chokidar.watch('content/**/*.md', { cwd: this.root, ignoreInitial: true });
    this.watcher.on('all', (_event, file) => this.emit('change', file));
    return this;
  }

  async stop(): Promise<void> {
    const watcher = this.watcher;
    this.watcher = null;
    if (watcher) await watcher.close();
  }
}
