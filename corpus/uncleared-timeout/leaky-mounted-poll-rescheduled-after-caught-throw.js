// A status widget polls from `onMounted`; a failed response throws inside the `try`, the
// `catch` swallows it, and the loop reschedules either way: nothing ever stops it.
import { onMounted, ref } from 'vue';

export function useServiceStatus(url) {
  const status = ref('unknown');

  async function refresh() {
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(String(res.status));
      status.value = (await res.json()).status;
    } catch (err) {
      status.value = 'unreachable';
    }
    setTimeout(refresh, 10000);
  }

  onMounted(() => {
    refresh(); // expect: uncleared-timeout
  });

  return { status };
}
