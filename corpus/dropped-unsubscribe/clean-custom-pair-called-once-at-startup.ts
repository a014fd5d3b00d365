// A hand-written subscription made once, when the module loads: one callback for the process.
const listeners: Array<(level: string) => void> = [];

export function onLevelChange(listener: (level: string) => void): () => void {
  listeners.push(listener);
  return () => {
    const at = listeners.indexOf(listener);
    if (at >= 0) listeners.splice(at, 1);
  };
}

export function setLevel(level: string): void {
  listeners.forEach((l) => l(level));
}

onLevelChange((level) => console.log(`log level is now ${level}`));
