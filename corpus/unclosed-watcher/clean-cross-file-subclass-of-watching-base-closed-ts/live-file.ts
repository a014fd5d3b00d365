// A value read from a file and kept fresh: the constructor starts a watcher that close() ends.
import fs from "node:fs";

export class LiveFile {
  text: string;
  private readonly watcher: fs.FSWatcher;

  constructor(readonly path: string) {
    this.text = fs.readFileSync(path, "utf8");
    this.watcher = fs.watch(path, () => {
      this.text = fs.readFileSync(path, "utf8");
    });
  }

  close(): void {
    this.watcher.close();
  }
}
