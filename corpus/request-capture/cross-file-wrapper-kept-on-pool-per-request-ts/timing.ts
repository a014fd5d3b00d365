// Times every call of an object's async method and reports it to a hook.
export type Report = (label: string, ms: number) => void;

export function timeMethod<T extends object>(target: T, method: keyof T & string, report: Report): void {
  const host = target as Record<string, unknown>;
  const inner = host[method] as (...args: unknown[]) => Promise<unknown>;
  host[method] = async function timed(this: unknown, ...args: unknown[]) {
    const started = Date.now();
    try {
      return await inner.apply(this, args);
    } finally {
      report(String(args[0]).slice(0, 80), Date.now() - started);
    }
  };
}
