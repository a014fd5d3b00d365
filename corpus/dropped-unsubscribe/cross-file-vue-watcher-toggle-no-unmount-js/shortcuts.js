// Global keyboard shortcuts: the handler pushed last wins.
const stack = [];

window.addEventListener('keydown', (event) => {
  const top = stack[stack.length - 1];
  if (top) top(event);
});

export function pushShortcuts(handler) {
  stack.push(handler);
  return () => {
    const at = stack.lastIndexOf(handler);
    if (at !== -1) stack.splice(at, 1);
  };
}
