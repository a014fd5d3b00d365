// The same plug-in, letting go once the render is done; a lazily built table (read before it is
// filled); a callback kept to be called; and a dependency handed in once at start-up.
import { hooks } from './renderer';

let renderingComponent;
hooks.beforeRender = function (vnode) {
  renderingComponent = vnode.component;
};
hooks.afterRender = function () {
  renderingComponent = null;
};

export function readContext(context) {
  return renderingComponent.contexts[context.id].value;
}

let table;
export function lookup(code) {
  if (!table) table = buildTable(code);
  return table[code];
}

let notify;
hooks.onReady = function (callback) {
  notify = callback;
};
export function ready() {
  notify();
}

let config;
export function init(settings) {
  config = settings;
}
export function option(name) {
  return config[name];
}

function buildTable() {
  return new Uint8Array(256);
}

// The page module's own API: its loader calls it once with the list to show.
const Page = {};
let listName;
Page.showList = function (name) {
  listName = name;
};
Page.loadMore = function (render) {
  render(listName.trim());
};
export default Page;
