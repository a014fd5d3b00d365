// Reports a build's progress from the emitter the caller hands in; it never takes a listener off.
class BuildProgress {
  constructor(events) {
    this.events = events;
  }

  onStep(buildId, report) {
    this.events.on(`step:${buildId}`, report);
  }
}

module.exports = BuildProgress;
