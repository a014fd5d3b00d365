// The factory patches the cache client once, when the middleware is made; the middleware
// itself only stores the request id where the patch can read it for the current call.
import { AsyncLocalStorage } from "node:async_hooks";
import type { NextFunction, Request, Response } from "express";

function patchMethod<T extends object>(target: T, name: string, makePatch: (previous: Function) => Function): void {
  const host = target as Record<string, unknown>;
  const previous = host[name] as Function;
  host[name] = makePatch(previous);
}

export function cacheTracing(cache: { get(key: string): unknown }) {
  const requestIds = new AsyncLocalStorage<string>();
  patchMethod(cache, "get", (previous) => function traced(this: unknown, key: string) {
    console.debug(`[${requestIds.getStore() ?? "-"}] cache get ${key}`);
    return previous.call(this, key);
  });
  return function cacheTracingMiddleware(req: Request, res: Response, next: NextFunction): void {
    requestIds.run(String(req.headers["x-request-id"] ?? ""), next);
  };
}
