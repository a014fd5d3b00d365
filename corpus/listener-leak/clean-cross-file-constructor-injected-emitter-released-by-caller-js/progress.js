// Reports a build's progress from the emitter the caller hands in, and takes the listener off again.
class BuildProgress {
  constructor(events) {
    this.events = events;
  }

  onStep(buildId, report) {
    this.events.on(`step:${buildId}`, report);
  }

  offStep(buildId, report) {
    this.events.off(`step:${buildId}`, report);
  }
}

module.exports = BuildProgress;
