// `const that = this` before a callback-style API: the entry is added through the alias and
// deleted only when the call times out; an answered call clears the timer and keeps its entry.
type Reply = { seq: number; body: string };

export class Channel {
  private calls: Record<number, (body: string) => void> = {}; // expect: unbounded-collection
  private seq = 0;

  constructor(private port: MessagePort) {
    port.onmessage = (event: MessageEvent<Reply>) => this.calls[event.data.seq]?.(event.data.body);
  }

  call(body: string): Promise<string> {
    const that = this;
    const seq = ++that.seq;
    return new Promise<string>(function (resolve, reject) {
      const timer = setTimeout(function () {
        delete that.calls[seq];
        reject(new Error('timed out'));
      }, 3000);
      that.calls[seq] = function (reply: string) {
        clearTimeout(timer);
        resolve(reply);
      };
      that.port.postMessage({ seq, body });
    });
  }
}
