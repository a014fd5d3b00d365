// The class is exported, so other modules may build instances of their own; but this module's
// own instance serves every request, and its `seen` map gains a key per distinct user agent.
import express from 'express';

export class AgentStats {
  private seen = new Map<string, number>(); // expect: unbounded-collection
  private started = Date.now();

  record(agent: string): void {
    this.seen.set(agent, (this.seen.get(agent) ?? 0) + 1);
  }

  uptime(): number {
    return Date.now() - this.started;
  }
}

const stats = new AgentStats();
export const router = express.Router();

router.use((req, _res, next) => {
  stats.record(req.get('user-agent') ?? 'unknown');
  next();
});
