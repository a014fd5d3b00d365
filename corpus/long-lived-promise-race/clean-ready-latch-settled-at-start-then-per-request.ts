// A latch the module settles once its cache is warm: requests that wait on it react once it
// is warm, and every reaction after that runs at once and goes.
import express, { Request, Response } from 'express';
import { warm, lookup } from './cache';

let markWarm: () => void = () => {};
const warmed = new Promise<void>((resolve) => {
  markWarm = resolve;
});
warm().then(() => markWarm());

export const app = express();

app.get('/price/:sku', (req: Request, res: Response) => {
  warmed.then(() => res.json(lookup(req.params.sku)));
});
