// The editor sidebar stops listening first, then saves pending notes only if there are any.
import { onBeforeUnmount, onMounted, ref } from 'vue';
import { editorBus } from './editor-bus';

export function useSidebarNotes(documentId) {
  const pending = ref([]);
  const onNote = (note) => {
    if (note.documentId === documentId) pending.value.push(note);
  };
  onMounted(() => editorBus.on('note', onNote));
  onBeforeUnmount(() => {
    editorBus.off('note', onNote);
    if (pending.value.length === 0) return;
    navigator.sendBeacon('/api/notes', JSON.stringify(pending.value));
  });
  return { pending };
}
