'use strict';
// Retries an upload every few seconds until it works, but clears the retry only when it
// gives up: an upload that succeeds leaves its interval running, re-posting the payload.
class Uploader {
  constructor(post, everyMs = 5000, maxTries = 5) {
    this.post = post;
    this.everyMs = everyMs;
    this.maxTries = maxTries;
  }

  upload(payload) {
    let tries = 0;
    return new Promise((resolve, reject) => {
      const attempt = () => {
        tries += 1;
        this.post(payload).then(resolve, (err) => {
          if (tries >= this.maxTries) {
            clearInterval(retry);
            reject(err);
          }
        });
      };
      const retry = setInterval(attempt, this.everyMs); // expect: uncleared-interval
      attempt();
    });
  }
}

module.exports = { Uploader };
