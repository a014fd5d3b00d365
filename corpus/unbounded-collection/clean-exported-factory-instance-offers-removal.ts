// The module exports the one cart registry a factory makes; the registry offers `drop()`, which
// whoever imports it calls when a session ends.
export function createCarts() {
  const carts = new Map<string, string[]>();
  return {
    add(sessionId: string, sku: string): void {
      carts.set(sessionId, [...(carts.get(sessionId) ?? []), sku]);
    },
    drop(sessionId: string): void {
      carts.delete(sessionId);
    },
  };
}

export const carts = createCarts();
