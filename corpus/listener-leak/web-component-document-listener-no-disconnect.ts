// The element listens on the document whenever it is connected and never stops: each time it
// is attached again, one more listener keeps it (and its closure) alive.
class SearchShortcut extends HTMLElement {
  connectedCallback(): void {
    this.innerHTML = '<input type="search" placeholder="Search">';
    document.addEventListener('keydown', (event: KeyboardEvent) => { // expect: listener-leak
      if (event.key === '/') this.querySelector('input')?.focus();
    });
  }
}

customElements.define('search-shortcut', SearchShortcut);
