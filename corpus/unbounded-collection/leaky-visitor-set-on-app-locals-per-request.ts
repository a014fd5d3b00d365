// Counting distinct visitors in `app.locals`, which lives as long as the application: every
// new address and browser adds one more string, and nothing ever takes one out.
import express, { NextFunction, Request, Response } from "express";

const app = express();

app.use((req: Request, res: Response, next: NextFunction) => {
  const locals = req.app.locals as { visitors?: Set<string> };
  req.app.locals.visitors ??= new Set<string>(); // expect: unbounded-collection
  req.app.locals.visitors.add(`${req.ip}|${req.get("user-agent") ?? ""}`);
  res.setHeader("x-visitors", String(locals.visitors?.size ?? 0));
  next();
});

app.get("/", (_req, res) => res.send("hello"));
app.listen(3000);
