// The helper writes view helpers on `res.locals`, which belongs to one response; only a
// constant goes on the application's locals.
import express, { type Request, type Response } from 'express';

const app = express();
app.locals.siteName = 'Docs';

function exposeViewHelpers(req: Request, res: Response): void {
  res.locals.currentPath = () => req.originalUrl;
  res.locals.isCurrent = (href: string) => req.path === href;
}

app.use((req, res, next) => {
  exposeViewHelpers(req, res);
  next();
});

export default app;
