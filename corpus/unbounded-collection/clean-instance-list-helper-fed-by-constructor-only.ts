// TypeScript twin: records made in the constructor only, through the helper.
interface Probe {
  name: string;
  check: () => boolean;
}

export class HealthBoard {
  private readonly probes: Probe[] = [];

  constructor(names: string[]) {
    for (const name of names) {
      this.track({ name, check: () => true });
    }
  }

  private track(probe: Probe): void {
    this.probes.push(probe);
  }

  healthy(): boolean {
    return this.probes.every((probe) => probe.check());
  }
}
