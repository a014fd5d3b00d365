// A Nuxt plugin that listens to the catalog only in the browser, where it runs once per page.
import { defineNuxtPlugin, useState } from '#app';
import { catalog } from '~/utils/catalog';

export default defineNuxtPlugin(() => {
  const messages = useState<Record<string, string>>('messages', () => ({}));
  if (import.meta.client) {
    catalog.on((_locale, table) => {
      messages.value = { ...table };
    });
  }
});
