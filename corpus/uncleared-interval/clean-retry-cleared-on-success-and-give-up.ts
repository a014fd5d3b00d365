// Retries an upload every few seconds until it works, and clears the retry both when the
// upload succeeds and when it gives up.
export class Uploader {
  constructor(private readonly post: (body: Buffer) => Promise<void>, private readonly everyMs = 5_000, private readonly maxTries = 5) {}

  upload(payload: Buffer): Promise<void> {
    let tries = 0;
    return new Promise((resolve, reject) => {
      const attempt = () => {
        tries += 1;
        this.post(payload).then(
          () => {
            clearInterval(retry);
            resolve();
          },
          (err) => {
            if (tries >= this.maxTries) {
              clearInterval(retry);
              reject(err);
            }
          },
        );
      };
      const retry = setInterval(attempt, this.everyMs);
      attempt();
    });
  }
}
