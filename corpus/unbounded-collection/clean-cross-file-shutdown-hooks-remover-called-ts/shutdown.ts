// Shutdown hooks that hand back their own remover.
type Hook = (reason: string) => unknown;
const hooks = new Set<Hook>();

function drain(reason: string): Promise<unknown> {
  const due = [...hooks];
  hooks.clear();
  return Promise.allSettled(due.map((hook) => hook(reason)));
}

process.once("SIGTERM", () => void drain("SIGTERM").finally(() => process.exit(0)));

export function onShutdown(hook: Hook): () => void {
  hooks.add(hook);
  return () => {
    hooks.delete(hook);
  };
}
