// A scratch directory removed at exit unless released first.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export abstract class Scratch {
  readonly dir: string;
  private readonly removeAtExit = (): void => fs.rmSync(this.dir, { recursive: true, force: true });

  protected constructor(prefix: string) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
    process.on("exit", this.removeAtExit);
  }

  release(): void {
    process.off("exit", this.removeAtExit);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
