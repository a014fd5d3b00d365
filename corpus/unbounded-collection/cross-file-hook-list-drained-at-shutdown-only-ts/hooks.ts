export type Hook = (event: string, data: unknown) => void;

// Hooks that observe every audit event; all of them are dropped at shutdown.
const hooks: Hook[] = [];

export function addHook(hook: Hook): void {
  hooks.push(hook);
}

export function removeHook(hook: Hook): void {
  const at = hooks.indexOf(hook);
  if (at !== -1) hooks.splice(at, 1);
}

export function dropAllHooks(): void {
  for (const hook of [...hooks]) removeHook(hook);
}

export function emitAudit(event: string, data: unknown): void {
  for (const hook of hooks) hook(event, data);
}
