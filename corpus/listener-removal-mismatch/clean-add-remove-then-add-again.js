// A test adds a listener and takes it off again, then does the same without a context: each
// removal follows this call's own registration of the same handler.
export function checkRemoval(Evented, expect) {
  const obj = new Evented();
  const spy = () => {};
  const context = {};

  obj.on('test', spy, context);
  obj.off('test', spy, context);
  expect(obj.listens('test')).toBe(false);

  obj.on('test', spy);
  obj.off('test', spy);
  expect(obj.listens('test')).toBe(false);
}
