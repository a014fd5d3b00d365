// The same index waits for 'ready' or 'load-failed', and takes the other listener off when one
// of them comes.
import { EventEmitter } from "node:events";

class Index extends EventEmitter {
  entries: string[] | null = null;

  async load(read: () => Promise<string[]>): Promise<void> {
    try {
      this.entries = await read();
      this.emit("ready");
    } catch (err) {
      this.emit("load-failed", err);
    }
  }

  whenReady(): Promise<Index> {
    if (this.entries) return Promise.resolve(this);
    return new Promise((resolve, reject) => {
      const onReady = () => {
        this.off("load-failed", onFailed);
        resolve(this);
      };
      const onFailed = (err: Error) => {
        this.off("ready", onReady);
        reject(err);
      };
      this.once("ready", onReady);
      this.once("load-failed", onFailed);
    });
  }
}

export { Index };
export const index = new Index();
