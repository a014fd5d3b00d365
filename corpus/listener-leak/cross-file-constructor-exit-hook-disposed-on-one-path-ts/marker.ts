// A marker file: while it is held, an 'exit' hook makes sure the marker file goes
// with the process. `dispose()` takes the hook off; nothing else does.
import fs from "node:fs";
import fsp from "node:fs/promises";

export class Marker {
  static async create(file: string): Promise<Marker> {
    await fsp.writeFile(file, String(process.pid), { flag: "wx" });
    return new Marker(file);
  }

  private readonly dropAtExit: () => void;

  private constructor(readonly file: string) {
    this.dropAtExit = () => fs.rmSync(this.file, { force: true });
    process.on("exit", this.dropAtExit);
  }

  async dispose(): Promise<void> {
    process.removeListener("exit", this.dropAtExit);
    await fsp.rm(this.file, { force: true });
  }
}
