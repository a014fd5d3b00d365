// The same editor, in TypeScript: the listener goes first, then the save may throw.
import { defineComponent, h, onBeforeUnmount, onMounted, ref } from 'vue';

export default defineComponent({
  props: { noteId: { type: String, required: true } },
  setup(props) {
    const body = ref('');
    const onShortcut = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.key === 's') persist();
    };
    function persist(): void {
      localStorage.setItem(`note:${props.noteId}`, body.value);
    }
    onMounted(() => {
      document.addEventListener('keydown', onShortcut);
    });
    onBeforeUnmount(() => {
      try {
        document.removeEventListener('keydown', onShortcut);
        persist();
      } catch (err) {
        console.warn('note not saved', err);
      }
    });
    return () => h('textarea', { value: body.value });
  },
});
