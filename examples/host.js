// The host page's own script: a tab that reveals the second explorer.
document.getElementById('show-tab').addEventListener('click', () => {
  document.getElementById('hidden-tab').hidden = false;
});
