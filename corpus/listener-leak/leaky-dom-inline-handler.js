// The same loop with a new arrow each time: every run adds three more listeners.
export function install(target) {
  for (const name of ['pointerdown', 'pointerup', 'click']) {
    window.addEventListener(name, (event) => target.handle(event), { capture: true }); // expect: listener-leak
  }
}
