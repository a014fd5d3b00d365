'use strict';

class ThumbnailQueue {
  constructor(render) {
    this.render = render;
    this.jobs = new Map();
  }

  request(imageId, width, format) {
    const key = [imageId, width, format].join(':');
    if (this.jobs.has(key)) return this.jobs.get(key);
    const job = this.render(imageId, width, format).finally(() => {
      this.jobs.delete(key);
    });
    this.jobs.set(key, job);
    return job;
  }
}

module.exports = { ThumbnailQueue };
