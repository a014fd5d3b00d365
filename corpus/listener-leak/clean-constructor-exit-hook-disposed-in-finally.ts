// The same scratch directories, closed in a `finally`: the 'exit' hook each one adds comes off
// again whichever way the render ends.
import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import express, { Request, Response } from "express";

class Scratch {
  static async open(label: string): Promise<Scratch> {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), `${label}-`));
    return new Scratch(dir);
  }

  private readonly removeAtExit: () => void;

  constructor(readonly dir: string) {
    this.removeAtExit = () => fs.rmSync(dir, { recursive: true, force: true });
    process.on("exit", this.removeAtExit);
  }

  path(name: string): string {
    return path.join(this.dir, name);
  }

  async close(): Promise<void> {
    process.off("exit", this.removeAtExit);
    await fsp.rm(this.dir, { recursive: true, force: true });
  }
}

const app = express();
app.use(express.json());

app.post("/render", async (req: Request, res: Response) => {
  const scratch = await Scratch.open("render");
  try {
    await fsp.writeFile(scratch.path("input.json"), JSON.stringify(req.body));
    const output = await fsp.readFile(scratch.path("input.json"));
    res.type("application/json").send(output);
  } catch (error) {
    res.status(500).json({ error: (error as Error).message });
  } finally {
    await scratch.close();
  }
});

app.listen(8080);
