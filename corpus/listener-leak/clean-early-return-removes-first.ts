// The refused request removes its listener on the way out, and a second stream checks the
// plan before it subscribes at all: no path leaves a listener behind.
import express, { Request, Response } from 'express';
import { scores, Goal } from './feeds';
import { planOf } from './billing';

const app = express();

app.get('/live/:match', async (req: Request, res: Response) => {
  const onGoal = (goal: Goal) => {
    if (goal.match === req.params.match) res.write(`data: ${JSON.stringify(goal)}\n\n`);
  };
  scores.on('goal', onGoal);

  const plan = await planOf(req.headers.authorization);
  if (plan !== 'live') {
    scores.off('goal', onGoal);
    res.status(402).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  req.on('close', () => scores.off('goal', onGoal));
});

app.get('/replay/:match', async (req: Request, res: Response) => {
  if ((await planOf(req.headers.authorization)) !== 'live') {
    res.status(402).end();
    return;
  }
  const onGoal = (goal: Goal) => res.write(`data: ${JSON.stringify(goal)}\n\n`);
  scores.on('goal', onGoal);
  req.on('close', () => scores.off('goal', onGoal));
});

app.listen(3000);
