// Writes the editor's draft to sessionStorage whenever the draft store changes.
import { ref } from 'vue';
import { useDraftStore } from './draftStore';

export function useDraftAutosave(key: string) {
  const drafts = useDraftStore();
  const savedAt = ref<number | null>(null);
  drafts.$subscribe(
    (_mutation, state) => {
      sessionStorage.setItem(key, JSON.stringify(state.body));
      savedAt.value = Date.now();
    },
    { flush: 'post' },
  );
  return { savedAt };
}
