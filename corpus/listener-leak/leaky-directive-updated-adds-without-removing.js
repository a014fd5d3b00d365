// v-escape="close": calls the handler when Escape is pressed. `updated` runs on every render of
// the component using it, and an inline handler changes on each one; the old listener stays on
// window, holding the element, and `unmounted` removes only the newest.
function onEscape(callback) {
  return (event) => {
    if (event.key === 'Escape') callback(event);
  };
}

export const vEscape = {
  mounted(el, binding) {
    el._escapeListener = onEscape(binding.value);
    window.addEventListener('keydown', el._escapeListener);
  },
  updated(el, binding) {
    if (binding.value === binding.oldValue) return;
    el._escapeListener = onEscape(binding.value);
    window.addEventListener('keydown', el._escapeListener); // expect: listener-leak
  },
  unmounted(el) {
    window.removeEventListener('keydown', el._escapeListener);
  },
};
