// Upload progress is tracked in a table the application keeps (`app.locals.uploads`, made at
// start-up). Each upload's entry is taken out on the response's 'finish' only, which an aborted
// upload never emits: those entries stay for the life of the process.
import express, { type NextFunction, type Request, type Response } from "express";
import { randomUUID } from "node:crypto";

export const app = express();
app.locals.uploads = new Map<string, { bytes: number; startedAt: number }>();

export function trackUpload(req: Request, res: Response, next: NextFunction): void {
  const uploads = req.app.locals.uploads; // expect: unbounded-collection
  const id = randomUUID();
  uploads.set(id, { bytes: 0, startedAt: Date.now() });
  req.on("data", (chunk: Buffer) => {
    uploads.get(id).bytes += chunk.length;
  });
  res.on("finish", () => uploads.delete(id));
  next();
}

app.post("/upload", trackUpload, (req, res) => res.status(201).end());
