// Renderers for the named slots of the page shell; one renderer per slot name.
const renderers = new Map();

export function fillSlot(name, render) {
  renderers.set(name, render);
  return () => renderers.delete(name);
}

export function renderSlot(name, data) {
  return renderers.get(name)?.(data) ?? '';
}
