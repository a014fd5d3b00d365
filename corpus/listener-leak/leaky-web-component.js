// A custom element closes its popup on outside clicks, listening on the document from
// connectedCallback. It never removes the listener: every element added and removed from the
// page stays reachable from the document.
export class PopupMenu extends HTMLElement {
  connectedCallback() {
    this.onOutsideClick = (event) => {
      if (!this.contains(event.target)) this.removeAttribute('open');
    };
    document.addEventListener('click', this.onOutsideClick); // expect: listener-leak
  }

  disconnectedCallback() {
    this.removeAttribute('open');
  }
}

customElements.define('popup-menu', PopupMenu);
