// v-escape="close", rebinding on update: the previous listener comes off before the new one
// goes on. A second directive listens on its own element, which goes away with it.
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
    window.removeEventListener('keydown', el._escapeListener);
    el._escapeListener = onEscape(binding.value);
    window.addEventListener('keydown', el._escapeListener);
  },
  unmounted(el) {
    window.removeEventListener('keydown', el._escapeListener);
  },
};

export const vSelectOnFocus = {
  mounted(el) {
    el.addEventListener('focus', () => el.select());
  },
  updated(el, binding) {
    el._selectAll = binding.value !== false;
    el.addEventListener('focus', () => el._selectAll && el.select(), { once: true });
  },
  unmounted() {},
};
