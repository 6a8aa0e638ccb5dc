// Files in and out of the page: downloads ("Share program", "Send my changes", "Export
// people (CSV)"), hidden file inputs for "Open a program file" (several at once) and
// "Import people from CSV" (clicked from the frame, which runs inside the click's user
// gesture), and dropping program files anywhere on the page. Kinds: 0 program file
// (.json), 1 people CSV (.csv). Files chosen or dropped together are handed over in
// one go, so the app reports them as one batch.

mergeInto(LibraryManager.library, {
  $TurnaboutFiles__deps: ['malloc', 'free', 'turnabout_file_received', 'turnabout_file_dragged_over'],
  $TurnaboutFiles__postset: 'TurnaboutFiles.install();',
  $TurnaboutFiles: {
    inputs: {},
    dragDepth: 0,

    install: function() {
      if (typeof window === 'undefined') return;
      function carriesFiles(event) {
        if (!runtimeInitialized) return false; // nothing to hand files to before main()
        var types = event.dataTransfer && event.dataTransfer.types;
        return !!types && Array.prototype.indexOf.call(types, 'Files') >= 0;
      }
      window.addEventListener('dragenter', function(event) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        if (TurnaboutFiles.dragDepth++ === 0) _turnabout_file_dragged_over(1);
      });
      window.addEventListener('dragover', function(event) {
        if (!carriesFiles(event)) return;
        event.preventDefault(); // allows the drop
        event.dataTransfer.dropEffect = 'copy';
      });
      window.addEventListener('dragleave', function(event) {
        if (!carriesFiles(event)) return;
        if (--TurnaboutFiles.dragDepth <= 0) {
          TurnaboutFiles.dragDepth = 0;
          _turnabout_file_dragged_over(0);
        }
      });
      window.addEventListener('drop', function(event) {
        event.preventDefault(); // never let the browser navigate to the file
        TurnaboutFiles.dragDepth = 0;
        _turnabout_file_dragged_over(0);
        var files = event.dataTransfer && event.dataTransfer.files;
        if (files && files.length) TurnaboutFiles.deliverAll(files, 0);
      });
    },

    // Reads every file first, then hands them all over within one task: no frame runs
    // in between, so they arrive in the same batch.
    deliverAll: function(files, kind) {
      var reads = Array.prototype.map.call(files, function(file) {
        return file.arrayBuffer().then(function(buffer) {
          return { name: file.name || '', bytes: new Uint8Array(buffer) };
        }, function() {
          return { name: file.name || '', bytes: null };
        });
      });
      Promise.all(reads).then(function(read) {
        read.forEach(function(file) { TurnaboutFiles.hand(file.name, file.bytes, kind); });
      });
    },

    hand: function(fileName, bytes, kind) {
      var name = allocateUTF8(fileName);
      if (!bytes) {
        _turnabout_file_received(name, 0, -1, kind);
        _free(name);
        return;
      }
      var data = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, data);
      _turnabout_file_received(name, data, bytes.length, kind);
      _free(name);
      _free(data);
    },

    fileInput: function(kind) {
      if (!TurnaboutFiles.inputs[kind]) {
        var input = document.createElement('input');
        input.type = 'file';
        input.accept = kind === 1 ? '.csv,text/csv' : '.json,application/json';
        input.multiple = kind === 0; // change files from several people at once
        input.style.display = 'none';
        input.addEventListener('change', function() {
          if (input.files && input.files.length) {
            if (kind === 0) TurnaboutFiles.deliverAll(input.files, kind);
            else TurnaboutFiles.deliverAll([input.files[0]], kind);
          }
          input.value = ''; // choosing the same file again must fire 'change' again
        });
        document.body.appendChild(input);
        TurnaboutFiles.inputs[kind] = input;
      }
      return TurnaboutFiles.inputs[kind];
    },
  },

  turnabout_files_choose__deps: ['$TurnaboutFiles'],
  turnabout_files_choose: function(kind) {
    TurnaboutFiles.fileInput(kind).click();
  },

  turnabout_files_download__deps: ['$TurnaboutFiles'],
  turnabout_files_download: function(name, data, length) {
    var bytes = HEAPU8.slice(data, data + length);
    var filename = UTF8ToString(name);
    var type = /\.csv$/i.test(filename) ? 'text/csv;charset=utf-8' : 'application/json';
    var url = URL.createObjectURL(new Blob([bytes], { type: type }));
    var link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
  },
});
