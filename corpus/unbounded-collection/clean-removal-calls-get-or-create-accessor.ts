// The removal operation reads the entry through the accessor that creates it on first use;
// the entry was made long before, by discovery. If publishing throws, the entity's entry stays
// until the next removal, but this operation adds nothing.
interface Published {
  topics: string[];
}

export class Discovery {
  private published: Record<string, Published> = {};

  private entryFor(id: string): Published {
    if (!(id in this.published)) {
      this.published[id] = { topics: [] };
    }
    return this.published[id];
  }

  announce(id: string, topic: string): void {
    this.entryFor(id).topics.push(topic);
  }

  async forget(id: string, publish: (topic: string) => Promise<void>): Promise<void> {
    const entry = this.entryFor(id);
    for (const topic of entry.topics) {
      await publish(topic);
    }
    delete this.published[id];
  }
}

export const discovery = new Discovery();
