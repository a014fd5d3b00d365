// Tells a caller about one job's state changes on the emitter it is built over, and stops on request.
class JobWatcher {
  constructor(events) {
    this.events = events;
  }

  watch(jobId, onChange) {
    this.events.on(`job:${jobId}`, onChange);
  }

  unwatch(jobId, onChange) {
    this.events.removeListener(`job:${jobId}`, onChange);
  }
}

module.exports = { JobWatcher };
