// The same channel, deleting the entry when the answer comes as well as on timeout.
type Reply = { seq: number; body: string };

export class Channel {
  private calls: Record<number, (body: string) => void> = {};
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
        delete that.calls[seq];
        resolve(reply);
      };
      that.port.postMessage({ seq, body });
    });
  }
}
