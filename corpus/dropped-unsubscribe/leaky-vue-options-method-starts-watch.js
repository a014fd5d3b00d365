// An options-API component whose method starts a Vue watcher on a module store: made outside
// setup, it belongs to no component scope, so every toggle (and every mount) leaves one more.
import { watch } from 'vue';
import { drafts, save } from '../stores/drafts';

export default {
  props: ['documentId'],
  data() {
    return { autosave: false };
  },
  methods: {
    enableAutosave() {
      this.autosave = true;
      watch(() => drafts[this.documentId], () => save(this.documentId), { deep: true }); // expect: dropped-unsubscribe
    },
  },
};
