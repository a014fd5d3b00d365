// The helper is called only while the instance is built, once per default route: the list
// holds as many records as the constructor makes, not one per request.
class Router {
  constructor(defaults) {
    this.routes = [];
    for (const path of ['/health', '/ready']) {
      this.add({ path, handler: defaults[path] });
    }
  }

  add(route) {
    this.routes.push(route);
  }

  match(url) {
    return this.routes.find((route) => route.path === url);
  }
}

module.exports = Router;
