// A note editor that saves on unmount; storage can throw (quota, private mode), and the
// catch only logs.
import { defineComponent, h, onBeforeUnmount, onMounted, ref } from 'vue';

export default defineComponent({
  props: { noteId: { type: String, required: true } },
  setup(props) {
    const body = ref('');
    const onShortcut = (event) => {
      if (event.ctrlKey && event.key === 's') persist();
    };
    function persist() {
      localStorage.setItem(`note:${props.noteId}`, body.value);
    }
    onMounted(() => {
      document.addEventListener('keydown', onShortcut); // expect: listener-leak
    });
    onBeforeUnmount(() => {
      try {
        persist();
        document.removeEventListener('keydown', onShortcut);
      } catch (err) {
        console.warn('note not saved', err);
      }
    });
    return () => h('textarea', { value: body.value, onInput: (e) => { body.value = e.target.value; } });
  },
});
