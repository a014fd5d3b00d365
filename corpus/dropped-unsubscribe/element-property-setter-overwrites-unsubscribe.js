import { store } from './store.js';

class RoomBadge extends HTMLElement {
  set room(id) {
    this._room = id;
    this._stop = store.subscribe(() => { // expect: dropped-unsubscribe
      this.textContent = String(store.getState().unread[this._room] || 0);
    });
  }

  disconnectedCallback() {
    if (this._stop) this._stop();
  }
}

customElements.define('room-badge', RoomBadge);
