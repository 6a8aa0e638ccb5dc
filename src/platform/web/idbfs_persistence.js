// Persistence of /data in IndexedDB through Emscripten's IDBFS, with its error
// handling repaired. Emscripten 3.1.6's IDBFS reports `this.error` from arrow
// functions (always undefined, so failures look like success) and never calls back
// when a transaction aborts (a full quota hangs the save forever). The functions
// replaced below report every failure once, abort a half-done write, and a timer
// guards against an IndexedDB that never answers.
//
// Before main() runs, /data is mounted and loaded (a run dependency holds main back),
// so the app never saves over data it has not read yet.

mergeInto(LibraryManager.library, {
  $TurnaboutStorage__deps: ['$FS', '$IDBFS', '$TurnaboutTab', 'malloc', 'free'],
  $TurnaboutStorage__postset: 'TurnaboutStorage.install();',
  $TurnaboutStorage: {
    MOUNT_POINT: '/data',
    TIMEOUT_MS: 20000,
    bootError: null,
    busy: false,

    // Words a person can act on, from whatever IndexedDB or the file system threw.
    describe: function(error) {
      if (!error) return 'IndexedDB reported a failure without a reason';
      var name = error.name || '';
      if (name === 'QuotaExceededError') {
        return 'the browser has no storage space left for this site (QuotaExceededError)';
      }
      var text = error.message || String(error);
      if (name && text.indexOf(name) < 0) text = name + ': ' + text;
      return 'IndexedDB: ' + text;
    },

    install: function() {
      TurnaboutStorage.repairIdbfs();
      addOnPreRun(TurnaboutStorage.mountAndLoad);
    },

    mountAndLoad: function() {
      addRunDependency('turnabout-storage');
      try {
        FS.mkdir(TurnaboutStorage.MOUNT_POINT);
        FS.mount(IDBFS, {}, TurnaboutStorage.MOUNT_POINT);
      } catch (e) {
        TurnaboutStorage.bootError = 'could not prepare the storage folder: ' + TurnaboutStorage.describe(e);
        removeRunDependency('turnabout-storage');
        return;
      }
      TurnaboutStorage.sync(true, function(error) {
        if (error) TurnaboutStorage.bootError = 'could not read saved data: ' + error;
        removeRunDependency('turnabout-storage');
      });
    },

    // One sync at a time (the C++ SaveCoordinator coalesces requests; this guards
    // the JavaScript side too). `done(null)` on success, `done(message)` on failure,
    // exactly once.
    sync: function(populate, done) {
      if (!populate && !TurnaboutTab.mayWrite()) {
        // browser_tab.js: another tab writes now; writing too would erase its changes.
        done('another tab of this browser saves Turnabout\'s data now, so this tab does not');
        return;
      }
      if (TurnaboutStorage.busy) {
        done('another save or load is still running');
        return;
      }
      TurnaboutStorage.busy = true;
      var answered = false;
      function answer(error) {
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        TurnaboutStorage.busy = false;
        done(error ? TurnaboutStorage.describe(error) : null);
      }
      var timer = setTimeout(function() {
        answer(new Error('did not answer within ' + (TurnaboutStorage.TIMEOUT_MS / 1000) + ' seconds'));
      }, TurnaboutStorage.TIMEOUT_MS);
      try {
        var mount = FS.lookupPath(TurnaboutStorage.MOUNT_POINT).node.mount;
        IDBFS.syncfs(mount, populate, answer);
      } catch (e) {
        answer(e);
      }
    },

    repairIdbfs: function() {
      // The database handle, reopened if the browser closes it under us.
      IDBFS.getDB = function(name, callback) {
        var cached = IDBFS.dbs[name];
        if (cached) return callback(null, cached);
        var request;
        try {
          request = IDBFS.indexedDB().open(name, IDBFS.DB_VERSION);
        } catch (e) {
          return callback(e);
        }
        if (!request) return callback(new Error('unable to connect to IndexedDB'));
        request.onupgradeneeded = function(event) {
          var db = event.target.result;
          var transaction = event.target.transaction;
          var fileStore = db.objectStoreNames.contains(IDBFS.DB_STORE_NAME)
              ? transaction.objectStore(IDBFS.DB_STORE_NAME)
              : db.createObjectStore(IDBFS.DB_STORE_NAME);
          if (!fileStore.indexNames.contains('timestamp')) {
            fileStore.createIndex('timestamp', 'timestamp', { unique: false });
          }
        };
        request.onsuccess = function() {
          var db = request.result;
          db.onclose = function() { delete IDBFS.dbs[name]; };
          db.onversionchange = function() { db.close(); delete IDBFS.dbs[name]; };
          IDBFS.dbs[name] = db;
          callback(null, db);
        };
        request.onerror = function(event) {
          event.preventDefault();
          callback(request.error || new Error('could not open the database'));
        };
        request.onblocked = function() {
          callback(new Error('the database is blocked by another tab'));
        };
      };

      IDBFS.getRemoteSet = function(mount, callback) {
        var entries = {};
        var answered = false;
        function answer(error, result) {
          if (answered) return;
          answered = true;
          callback(error, result);
        }
        IDBFS.getDB(mount.mountpoint, function(error, db) {
          if (error) return answer(error);
          try {
            var transaction = db.transaction([IDBFS.DB_STORE_NAME], 'readonly');
            transaction.onerror = function(event) {
              event.preventDefault();
              answer(transaction.error || event.target.error || new Error('reading the file list failed'));
            };
            transaction.onabort = function() {
              answer(transaction.error || new Error('reading the file list was aborted'));
            };
            var index = transaction.objectStore(IDBFS.DB_STORE_NAME).index('timestamp');
            index.openKeyCursor().onsuccess = function(event) {
              var cursor = event.target.result;
              if (!cursor) return answer(null, { type: 'remote', db: db, entries: entries });
              entries[cursor.primaryKey] = { 'timestamp': cursor.key };
              cursor.continue();
            };
          } catch (e) {
            delete IDBFS.dbs[mount.mountpoint];
            answer(e);
          }
        });
      };

      IDBFS.loadRemoteEntry = function(store, path, callback) {
        var request;
        try {
          request = store.get(path);
        } catch (e) {
          return callback(e);
        }
        request.onsuccess = function(event) { callback(null, event.target.result); };
        request.onerror = function(event) {
          event.preventDefault();
          callback(request.error || new Error('could not read ' + path));
        };
      };

      IDBFS.storeRemoteEntry = function(store, path, entry, callback) {
        var request;
        try {
          request = store.put(entry, path);
        } catch (e) {
          return callback(e);
        }
        request.onsuccess = function() { callback(null); };
        request.onerror = function(event) {
          event.preventDefault();
          callback(request.error || new Error('could not write ' + path));
        };
      };

      IDBFS.removeRemoteEntry = function(store, path, callback) {
        var request;
        try {
          request = store.delete(path);
        } catch (e) {
          return callback(e);
        }
        request.onsuccess = function() { callback(null); };
        request.onerror = function(event) {
          event.preventDefault();
          callback(request.error || new Error('could not delete ' + path));
        };
      };

      // One transaction for the whole difference: it commits entirely (oncomplete) or
      // not at all (any failure aborts it), and the caller hears exactly once.
      IDBFS.reconcile = function(src, dst, callback) {
        var create = [];
        Object.keys(src.entries).forEach(function(key) {
          var mine = src.entries[key];
          var theirs = dst.entries[key];
          if (!theirs || mine['timestamp'].getTime() != theirs['timestamp'].getTime()) create.push(key);
        });
        var remove = [];
        Object.keys(dst.entries).forEach(function(key) {
          if (!src.entries[key]) remove.push(key);
        });
        if (!create.length && !remove.length) return callback(null);

        var answered = false;
        function answer(error) {
          if (answered) return;
          answered = true;
          callback(error);
        }
        var db = src.type === 'remote' ? src.db : dst.db;
        var transaction;
        try {
          transaction = db.transaction([IDBFS.DB_STORE_NAME], 'readwrite');
        } catch (e) {
          // A connection the browser closed: forget it so that the next sync reopens.
          Object.keys(IDBFS.dbs).forEach(function(name) {
            if (IDBFS.dbs[name] === db) delete IDBFS.dbs[name];
          });
          return answer(e);
        }
        var failure = null;
        function fail(error) {
          if (failure) return;
          failure = error || new Error('IndexedDB write failed');
          try { transaction.abort(); } catch (e) { answer(failure); }
        }
        transaction.onerror = function(event) {
          event.preventDefault();
          fail(event.target.error || transaction.error);
        };
        transaction.onabort = function() {
          answer(failure || transaction.error || new Error('IndexedDB aborted the write'));
        };
        transaction.oncomplete = function() {
          answer(failure);
        };
        function step(error) {
          if (error) fail(error);
        }
        var store = transaction.objectStore(IDBFS.DB_STORE_NAME);
        // Folders before the files in them; deletions files first.
        create.sort().forEach(function(path) {
          if (failure) return;
          if (dst.type === 'local') {
            IDBFS.loadRemoteEntry(store, path, function(error, entry) {
              if (error) return fail(error);
              IDBFS.storeLocalEntry(path, entry, step);
            });
          } else {
            IDBFS.loadLocalEntry(path, function(error, entry) {
              if (error) return fail(error);
              IDBFS.storeRemoteEntry(store, path, entry, step);
            });
          }
        });
        remove.sort().reverse().forEach(function(path) {
          if (failure) return;
          if (dst.type === 'local') IDBFS.removeLocalEntry(path, step);
          else IDBFS.removeRemoteEntry(store, path, step);
        });
      };
    },
  },

  // Why loading the saved data failed before main(), or 0. The caller frees the text.
  turnabout_storage_boot_error__deps: ['$TurnaboutStorage'],
  turnabout_storage_boot_error: function() {
    return TurnaboutStorage.bootError ? allocateUTF8(TurnaboutStorage.bootError) : 0;
  },

  // Starts a save (populate 0: memory to IndexedDB) or a reload (1: the reverse);
  // answers through turnabout_storage_sync_finished(request, ok, message).
  turnabout_storage_sync__deps: ['$TurnaboutStorage', 'turnabout_storage_sync_finished'],
  turnabout_storage_sync: function(request, populate) {
    TurnaboutStorage.sync(!!populate, function(error) {
      var message = error ? allocateUTF8(error) : 0;
      _turnabout_storage_sync_finished(request, error ? 0 : 1, message);
      if (message) _free(message);
    });
  },
});
