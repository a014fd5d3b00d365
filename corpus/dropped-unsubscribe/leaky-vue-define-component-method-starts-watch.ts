// A defineComponent options-API component whose method starts a Vue watcher on a module store:
// made outside setup, every call (and every mount) leaves one more.
import { defineComponent, watch } from 'vue';
import { drafts, save } from '../stores/drafts';

export default defineComponent({
  props: { documentId: { type: String, required: true } },
  data() {
    return { autosave: false };
  },
  methods: {
    enableAutosave(): void {
      this.autosave = true;
      watch(() => drafts[this.documentId], () => save(this.documentId), { deep: true }); // expect: dropped-unsubscribe
    },
  },
});
