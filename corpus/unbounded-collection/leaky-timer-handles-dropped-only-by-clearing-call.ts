// One method both starts and clears request timeouts, keeping every handle in a list for
// `close()`. The handle leaves the list only on the clearing call; a timeout that fires keeps
// its handle, with the callback it holds, for as long as the client lives.
export class Client {
  private timers: NodeJS.Timeout[] = []; // expect: unbounded-collection

  timeout(handleOrCallback: NodeJS.Timeout | (() => void), delay = 30_000): NodeJS.Timeout | undefined {
    let id: NodeJS.Timeout | undefined;
    if (typeof handleOrCallback === 'function') {
      id = setTimeout(handleOrCallback, delay);
      this.timers.push(id);
      return id;
    }
    id = handleOrCallback;
    if (id) {
      clearTimeout(id);
      const at = this.timers.indexOf(id);
      if (at !== -1) this.timers.splice(at, 1);
    }
    return undefined;
  }

  close(): void {
    this.timers.forEach(clearTimeout);
    this.timers = [];
  }
}
