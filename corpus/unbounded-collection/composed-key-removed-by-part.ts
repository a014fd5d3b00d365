// A quota ledger charges each tenant's request under `tenant:request`; `settle` is handed the
// request id alone and deletes by it, so no charge is ever settled.
export class QuotaLedger {
  private readonly open = new Map<string, number>(); // expect: unbounded-collection

  charge(tenant: string, requestId: string, units: number): void {
    const key = `${tenant}:${requestId}`;
    this.open.set(key, units);
  }

  settle(requestId: string): void {
    this.open.delete(requestId);
  }

  outstanding(): number {
    let total = 0;
    for (const units of this.open.values()) total += units;
    return total;
  }
}
