// The same element removes its document listener when it leaves the page.
export class PopupMenu extends HTMLElement {
  connectedCallback() {
    this.onOutsideClick = (event) => {
      if (!this.contains(event.target)) this.removeAttribute('open');
    };
    document.addEventListener('click', this.onOutsideClick);
  }

  disconnectedCallback() {
    document.removeEventListener('click', this.onOutsideClick);
  }
}

customElements.define('popup-menu', PopupMenu);
