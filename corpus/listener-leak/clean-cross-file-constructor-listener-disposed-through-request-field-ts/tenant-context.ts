// Per-request tenant settings that follow the shared config bus while the request runs.
import type { EventEmitter } from "node:events";

export class TenantContext {
  limits: Record<string, number>;
  private readonly onChange = (next: { limits: Record<string, number> }) => {
    this.limits = { ...next.limits };
  };

  constructor(private readonly bus: EventEmitter, initial: Record<string, number>) {
    this.limits = { ...initial };
    bus.on("limits", this.onChange);
  }

  dispose(): void {
    this.bus.off("limits", this.onChange);
  }
}
