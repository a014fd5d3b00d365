export type RouteName = 'GET /report' | 'GET /export';

interface Started {
  route: RouteName;
  at: number;
}

class RouteTimings {
  private readonly open = new Map<string, Started>();
  private readonly totals = new Map<RouteName, { count: number; ms: number }>();

  start(requestId: string, route: RouteName): void {
    this.open.set(requestId, { route, at: Date.now() });
  }

  stop(requestId: string): void {
    const started = this.open.get(requestId);
    if (!started) return;
    this.open.delete(requestId);
    const total = this.totals.get(started.route) ?? { count: 0, ms: 0 };
    total.count += 1;
    total.ms += Date.now() - started.at;
    this.totals.set(started.route, total);
  }
}

export const timings = new RouteTimings();
