// Recent visitors kept in `app.locals`, capped: the oldest one goes when the list is full, so
// the list never holds more than a hundred.
import express, { NextFunction, Request, Response } from "express";

const RECENT = 100;
const app = express();

app.use((req: Request, _res: Response, next: NextFunction) => {
  req.app.locals.recent ??= [] as string[];
  req.app.locals.recent.push(`${req.ip}|${req.get("user-agent") ?? ""}`);
  if (req.app.locals.recent.length > RECENT) req.app.locals.recent.shift();
  next();
});

app.get("/", (req, res) => res.json(req.app.locals.recent));
app.listen(3000);
