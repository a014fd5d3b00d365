// The factory's result keeps at most the last 500 samples in its closure.
export function createMeter(name: string) {
  const window: number[] = [];
  return {
    name,
    record(ms: number): void {
      window.push(ms);
      if (window.length > 500) window.shift();
    },
    last(): number | undefined {
      return window[window.length - 1];
    },
  };
}
