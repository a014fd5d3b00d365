// Each call decides once: publish on the next tick, or at once. The two halves of one
// decision never overlap, so no timer is left pending by the inline run.
export class DragSource {
  constructor(private actions: { publish(): void }, private deferPublish: boolean) {}

  start(): void {
    if (this.deferPublish) {
      setTimeout(() => this.publish(), 0);
    } else {
      this.publish();
    }
  }

  publish(): void {
    this.actions.publish();
  }
}
