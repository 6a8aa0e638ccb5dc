// One writing tab per origin. IDBFS mirrors the whole tree, so two tabs that both
// save would erase each other's changes: the first tab takes a Web Lock and holds it
// for its lifetime; a tab that cannot get it opens read-only. Also reports the page
// being hidden (save now: it may be closed) and shown again (a read-only tab re-reads,
// and takes the lock if the writer has gone meanwhile).

mergeInto(LibraryManager.library, {
  $TurnaboutTab__deps: ['turnabout_page_visibility_changed'],
  $TurnaboutTab__postset: 'TurnaboutTab.install();',
  $TurnaboutTab: {
    LOCK_NAME: 'turnabout-writer',
    writer: false,

    install: function() {
      addOnPreRun(function() {
        addRunDependency('turnabout-tab-lock');
        TurnaboutTab.tryLock(function() { removeRunDependency('turnabout-tab-lock'); });
      });
      document.addEventListener('visibilitychange', function() {
        if (!runtimeInitialized) return; // before main() the boot reads the state anyway
        var visible = document.visibilityState === 'visible';
        if (!visible || TurnaboutTab.writer) {
          _turnabout_page_visibility_changed(visible ? 1 : 0, TurnaboutTab.writer ? 1 : 0);
          return;
        }
        TurnaboutTab.tryLock(function() {
          _turnabout_page_visibility_changed(1, TurnaboutTab.writer ? 1 : 0);
        });
      });
    },

    // Calls `then` once we know whether this tab writes.
    tryLock: function(then) {
      if (TurnaboutTab.writer) return then();
      if (typeof navigator === 'undefined' || !navigator.locks) {
        // No Web Locks (an insecure origin or an old browser): nothing to coordinate with.
        TurnaboutTab.writer = true;
        return then();
      }
      navigator.locks.request(TurnaboutTab.LOCK_NAME, { ifAvailable: true }, function(lock) {
        TurnaboutTab.writer = !!lock;
        then();
        // Held until the tab closes: a promise that never settles.
        if (lock) return new Promise(function() {});
      }).catch(function() {
        TurnaboutTab.writer = false;
        then();
      });
    },
  },

  turnabout_tab_is_writer__deps: ['$TurnaboutTab'],
  turnabout_tab_is_writer: function() {
    return TurnaboutTab.writer ? 1 : 0;
  },
});
