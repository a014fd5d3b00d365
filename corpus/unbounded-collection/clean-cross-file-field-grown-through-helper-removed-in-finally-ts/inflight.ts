// Bookkeeping shared by the protocol clients: what is on the wire, since when.
export function trackInflight<T extends object>(table: Map<number, T & { sentAt: number }>, id: number, details: T): void {
  table.set(id, { ...details, sentAt: Date.now() });
}
