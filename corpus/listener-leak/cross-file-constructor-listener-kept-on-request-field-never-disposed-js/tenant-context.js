// Per-request tenant settings that follow the shared config bus while the request runs.
class TenantContext {
  constructor(bus, initial) {
    this.bus = bus;
    this.limits = { ...initial };
    this.onChange = (next) => {
      this.limits = { ...next.limits };
    };
    bus.on("limits", this.onChange);
  }

  dispose() {
    this.bus.off("limits", this.onChange);
  }
}

module.exports = { TenantContext };
