// A query planner's own `Context` (an interface this file declares, not a web framework's)
// is kept in a module variable while a plan is built: no request is involved.
export interface Context {
  depth: number;
  path: string[];
  warnings: string[];
}

export let currentContext: Context | null = null;

export function enterField(ctx: Context, field: string): void {
  currentContext = ctx;
  ctx.path.push(field);
  ctx.depth += 1;
}

export function leaveField(ctx: Context): void {
  ctx.path.pop();
  ctx.depth -= 1;
  currentContext = null;
}
