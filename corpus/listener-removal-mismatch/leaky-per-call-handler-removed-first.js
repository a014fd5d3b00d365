// An editor plugin re-applies its option whenever the option changes: it removes its blur
// handler, then adds it again. But the handler is declared inside the option callback, so each
// call removes a function it never registered, and the earlier calls' handlers pile up.
function defineSpellcheckOption(editor) {
  editor.onOptionChange('spellcheck', (value, previous) => {
    function hideSuggestions() {
      editor.state.suggestions = null;
    }
    if (previous) {
      editor.off('blur', hideSuggestions); // expect: listener-removal-mismatch
    }
    if (value) {
      editor.on('blur', hideSuggestions);
    }
  });
}

module.exports = { defineSpellcheckOption };
