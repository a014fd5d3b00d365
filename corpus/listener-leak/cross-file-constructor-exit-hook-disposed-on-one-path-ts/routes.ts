// Migrations run one at a time, with a marker file. The marker is disposed of after a successful run;
// a migration that throws leaves its 'exit' hook on `process`, one more with every failure.
import { Router } from "express";
import { Marker } from "./marker";

export const migrations = Router();

migrations.post("/migrations/:name/run", async (req, res) => {
  const marker = await Marker.create(`/var/run/migrate-${req.params.name}.pid`); // expect: listener-leak
  try {
    const applied = await runMigration(req.params.name);
    await marker.dispose();
    res.json({ applied });
  } catch (error) {
    res.status(409).json({ error: String(error) });
  }
});

async function runMigration(name: string): Promise<number> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad migration name ${name}`);
  return name.length;
}
