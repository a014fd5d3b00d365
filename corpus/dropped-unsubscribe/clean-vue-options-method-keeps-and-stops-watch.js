// An options-API component whose method starts a Vue watcher on a module store, keeps its stop
// handle, and stops it before starting another and when the component unmounts.
import { watch } from 'vue';
import { drafts, save } from '../stores/drafts';

export default {
  props: ['documentId'],
  data() {
    return { autosave: false };
  },
  beforeUnmount() {
    if (this.stopAutosave) this.stopAutosave();
  },
  methods: {
    enableAutosave() {
      this.autosave = true;
      if (this.stopAutosave) this.stopAutosave();
      this.stopAutosave = watch(() => drafts[this.documentId], () => save(this.documentId), { deep: true });
    },
  },
};
