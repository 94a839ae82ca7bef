export default defineBackground(() => {
  // Storage and messaging are wired here by the notes issue; nothing to do on install yet.
});
