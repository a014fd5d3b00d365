// Polls a job's status until told to stop.
export interface Handle {
  stop(): void;
}

export function pollStatus(url: string, ms: number, report: (body: unknown) => void): Handle {
  const timer = setInterval(async () => {
    const res = await fetch(url);
    if (res.ok) report(await res.json());
  }, ms);
  return { stop: () => clearInterval(timer) };
}
