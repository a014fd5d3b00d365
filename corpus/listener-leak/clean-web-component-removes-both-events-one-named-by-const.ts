const ROUTE_CHANGED = 'router:changed';

export class BreadcrumbTrail extends HTMLElement {
  private readonly refresh = (): void => {
    this.textContent = window.location.pathname.split('/').filter(Boolean).join(' / ');
  };

  connectedCallback(): void {
    window.addEventListener('hashchange', this.refresh);
    window.addEventListener(ROUTE_CHANGED, this.refresh);
    this.refresh();
  }

  disconnectedCallback(): void {
    window.removeEventListener(ROUTE_CHANGED, this.refresh);
    window.removeEventListener('hashchange', this.refresh);
  }
}

customElements.define('breadcrumb-trail', BreadcrumbTrail);
