// clearTimeout clears intervals too (Node and browsers share the timer pool), and a Node
// Timeout can be closed directly.
export class Ticker {
  private handle?: NodeJS.Timeout;
  private other?: NodeJS.Timeout;

  begin(fn: () => void): void {
    this.handle = setInterval(fn, 1000);
    this.other = setInterval(fn, 5000);
  }

  end(): void {
    clearTimeout(this.handle);
    this.other?.close();
  }
}
