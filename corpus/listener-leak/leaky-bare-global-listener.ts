// A browser client closes its transport when the page unloads, registering with the global
// `addEventListener` (no `window.` written). Every client made and closed during the page's
// life stays reachable from the global object through its handler.
export class LiveClient {
  private transport?: { close(): void };

  constructor(private url: string) {
    if (typeof addEventListener === 'function') {
      addEventListener('pagehide', () => { // expect: listener-leak
        this.transport?.close();
      });
    }
  }

  close(): void {
    this.transport?.close();
    this.transport = undefined;
  }
}
