// `createTenantStore` makes one scope per tenant, kept for the life of the service, and installs
// the async hook that copies the active tenant to every new async resource. The hook object's
// `destroy` deletes by the id it is handed, the resource that is gone.
import { createHook, executionAsyncId } from "node:async_hooks";

class TenantStore {
  readonly active = new Map<number, string>();

  constructor(readonly label: string) {}

  enter(tenant: string): void {
    this.active.set(executionAsyncId(), tenant);
  }

  current(): string | undefined {
    return this.active.get(executionAsyncId());
  }
}

export function createTenantStore(label: string): TenantStore {
  const scope = new TenantStore(label);
  createHook({
    init(asyncId: number, _type: string, triggerAsyncId: number) {
      const tenant = scope.active.get(triggerAsyncId);
      if (tenant !== undefined) scope.active.set(asyncId, tenant);
    },
    destroy(asyncId: number) {
      scope.active.delete(asyncId);
    },
  }).enable();
  return scope;
}
