// The page side of src/web/input.cpp: clipboard and mouse cursor, which
// emscripten/html5.h does not cover.

mergeInto(LibraryManager.library, {
  turnabout_page_set_cursor: function(cursor) {
    var canvas = document.getElementById('canvas');
    if (canvas) canvas.style.cursor = UTF8ToString(cursor);
  },

  turnabout_page_write_clipboard: function(text) {
    var value = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(value).catch(function() {});
    }
  },

  // Paste (Ctrl+V, the browser menu) delivers the clipboard's text synchronously here;
  // ImGui receives it as typed text. Newlines are dropped: our fields are single lines.
  turnabout_page_install_paste__deps: ['free', 'turnabout_paste_text'],
  turnabout_page_install_paste: function() {
    document.addEventListener('paste', function(event) {
      if (!runtimeInitialized) return;
      var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
      if (!text) return;
      event.preventDefault();
      var pointer = allocateUTF8(text.replace(/[\r\n]+/g, ' '));
      _turnabout_paste_text(pointer);
      _free(pointer);
    });
  },
});
