// Leases handed to workers; the registry lets the reaper see who holds what.
export class Lease {
  static readonly held: Lease[] = [];
  readonly takenAt = Date.now();

  constructor(readonly resource: string, readonly holder: string) {
    Lease.held.push(this);
  }

  release(): void {
    const at = Lease.held.indexOf(this);
    if (at !== -1) Lease.held.splice(at, 1);
  }
}
