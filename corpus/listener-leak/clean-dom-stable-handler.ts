// EventTarget ignores a registration identical to an existing one: re-adding a stable handler
// after the page may have dropped listeners adds nothing, however often it runs.
export class HitTargets {
  private readonly events = ['pointerdown', 'pointerup', 'click'];

  install(): void {
    const listener = (event: Event) => this.onEvent(event);
    const addAll = () => {
      for (const name of this.events) window.addEventListener(name, listener, { capture: true });
    };
    addAll();
    addAll(); // again, say after the page replaced its document element: nothing is added
  }

  refresh(): void {
    window.addEventListener('resize', this.onResize);
  }

  onEvent(event: Event): void {
    console.log(event.type);
  }

  onResize = (): void => {
    console.log(window.innerWidth);
  };
}
