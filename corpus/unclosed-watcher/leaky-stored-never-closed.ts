// Kept on the instance, replaced on every call, never closed.
import { watch, FSWatcher } from 'node:fs';

export class Previewer {
  private watcher?: FSWatcher;

  open(file: string): void {
    this.watcher = watch(file, () => this.render(file)); // expect: unclosed-watcher
  }

  render(file: string): void {
    console.log('render', file);
  }
}
