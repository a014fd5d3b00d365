import { Router, Request, Response, NextFunction } from 'express';

const PLANS = ['free', 'team', 'enterprise'] as const;
const signupsByPlan: Record<string, number[]> = {};

export const plans = Router();

plans.param('plan', (req: Request, res: Response, next: NextFunction, plan: string) => {
  if (!(PLANS as readonly string[]).includes(plan)) return res.sendStatus(404);
  next();
});

plans.post('/plans/:plan/signups', (req: Request, res: Response) => {
  const counts = signupsByPlan[req.params.plan] ?? [];
  counts.push(Date.now());
  signupsByPlan[req.params.plan] = counts.slice(-1000);
  res.sendStatus(201);
});
