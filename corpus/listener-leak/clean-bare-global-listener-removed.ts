// The same client keeps its handler and removes it from the global object when it closes; a
// handler registered once at module level stays quiet too.
export class LiveClient {
  private transport?: { close(): void };
  private readonly onPageHide = () => this.transport?.close();

  constructor(private url: string) {
    if (typeof addEventListener === 'function') {
      addEventListener('pagehide', this.onPageHide);
    }
  }

  close(): void {
    if (typeof removeEventListener === 'function') {
      removeEventListener('pagehide', this.onPageHide);
    }
    this.transport?.close();
  }
}

addEventListener('error', (event) => console.error('uncaught', event));
