// v-autosize: grows a textarea with its content; it listens on the element it is bound to,
// which takes its listeners along when it goes.
export const vAutosize = {
  mounted(el) {
    const fit = () => {
      el.style.height = 'auto';
      el.style.height = `${el.scrollHeight}px`;
    };
    el.addEventListener('input', fit);
    fit();
  },
  updated(el) {
    el.style.height = `${el.scrollHeight}px`;
  },
};
