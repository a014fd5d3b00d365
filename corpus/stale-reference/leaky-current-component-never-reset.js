// A renderer plug-in records the component being rendered so that a context reader can find
// it, but never lets go of it: after the last render, that component and its tree stay reachable
// from the module for good.
import { hooks } from './renderer';

let renderingComponent;
const previousRender = hooks.beforeRender;
hooks.beforeRender = function (vnode) {
  if (previousRender) previousRender(vnode);
  renderingComponent = vnode.component; // expect: stale-reference
};

export function readContext(context) {
  return renderingComponent.contexts[context.id].value;
}
