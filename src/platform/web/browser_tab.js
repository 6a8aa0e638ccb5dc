// One writing tab per origin. IDBFS mirrors the whole tree, so two tabs that both
// save would erase each other's changes: the first tab takes a Web Lock and holds it
// for its lifetime; a tab that cannot get it opens read-only. Also reports the page
// being hidden (save now: it may be closed) and shown again (a read-only tab re-reads,
// and takes the lock if the writer has gone meanwhile), and asks the app before the
// page is left whether that would lose changes (the browser then asks the person).
//
// Without Web Locks (an insecure origin, an old browser) a lease in localStorage keeps
// one writer: a tab takes it only when it is free or expired, reads it back a moment
// later to learn whether another tab took it at the same time, and renews it by a
// heartbeat. A writer that finds the lease in another tab's name (it slept past the
// expiry, say) has lost it: it refuses to save and becomes read-only rather than
// write over the other tab. The lease is given back when the page goes away.

mergeInto(LibraryManager.library, {
  $TurnaboutTab__deps: ['turnabout_page_visibility_changed', 'turnabout_page_has_unsaved_changes', 'turnabout_tab_writer_lost'],
  $TurnaboutTab__postset: 'TurnaboutTab.install();',
  $TurnaboutTab: {
    LOCK_NAME: 'turnabout-writer',
    LEASE_KEY: 'turnabout-writer-lease',
    LEASE_MS: 30000,
    HEARTBEAT_MS: 10000,
    CONFIRM_MS: 150,
    writer: false,
    // 'locks' (Web Locks), 'lease' (localStorage) or 'alone' (neither: nothing to
    // coordinate with, this tab writes).
    mode: null,
    tabId: null,
    heartbeat: null,

    install: function() {
      TurnaboutTab.mode = TurnaboutTab.chooseMode();
      TurnaboutTab.tabId = TurnaboutTab.newTabId();
      addOnPreRun(function() {
        addRunDependency('turnabout-tab-lock');
        TurnaboutTab.tryLock(function() { removeRunDependency('turnabout-tab-lock'); });
      });
      document.addEventListener('visibilitychange', function() {
        if (!runtimeInitialized) return; // before main() the boot reads the state anyway
        var visible = document.visibilityState === 'visible';
        if (!visible || TurnaboutTab.writer) {
          if (visible) TurnaboutTab.stillHoldsLease(); // a writer back from sleep checks first
          _turnabout_page_visibility_changed(visible ? 1 : 0, TurnaboutTab.writer ? 1 : 0);
          return;
        }
        TurnaboutTab.tryLock(function() {
          _turnabout_page_visibility_changed(1, TurnaboutTab.writer ? 1 : 0);
        });
      });
      window.addEventListener('beforeunload', function(event) {
        if (!runtimeInitialized || !_turnabout_page_has_unsaved_changes()) return;
        // Browsers show their own words; the text only has to be there.
        event.preventDefault();
        event.returnValue = 'unsaved changes';
        return 'unsaved changes';
      });
      if (TurnaboutTab.mode === 'lease') {
        // Another tab wrote the lease: if it is no longer ours, stop writing at once.
        window.addEventListener('storage', function(event) {
          if (event.key === TurnaboutTab.LEASE_KEY || event.key === null) TurnaboutTab.stillHoldsLease();
        });
        window.addEventListener('pagehide', function() { TurnaboutTab.releaseLease(); });
      }
    },

    chooseMode: function() {
      if (typeof navigator !== 'undefined' && navigator.locks) return 'locks';
      try {
        var probe = TurnaboutTab.LEASE_KEY + '-probe';
        window.localStorage.setItem(probe, '1');
        window.localStorage.removeItem(probe);
        return 'lease';
      } catch (e) {
        return 'alone';
      }
    },

    newTabId: function() {
      var bytes = new Uint8Array(12);
      if (typeof crypto !== 'undefined' && crypto.getRandomValues) crypto.getRandomValues(bytes);
      else for (var i = 0; i < bytes.length; ++i) bytes[i] = Math.floor(Math.random() * 256);
      return Array.prototype.map.call(bytes, function(b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
    },

    // Calls `then` once we know whether this tab writes.
    tryLock: function(then) {
      if (TurnaboutTab.writer) return then();
      if (TurnaboutTab.mode === 'alone') {
        TurnaboutTab.writer = true;
        return then();
      }
      if (TurnaboutTab.mode === 'lease') return TurnaboutTab.tryLease(then);
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

    readLease: function() {
      try {
        var lease = JSON.parse(window.localStorage.getItem(TurnaboutTab.LEASE_KEY));
        if (lease && typeof lease.tab === 'string' && typeof lease.expires === 'number') return lease;
      } catch (e) {
      }
      return null;
    },

    writeLease: function() {
      try {
        window.localStorage.setItem(TurnaboutTab.LEASE_KEY,
            JSON.stringify({ tab: TurnaboutTab.tabId, expires: Date.now() + TurnaboutTab.LEASE_MS }));
        return true;
      } catch (e) {
        return false;
      }
    },

    // Takes the lease if nobody holds it (or its holder let it expire), then reads it
    // back after a moment: of two tabs that took it at once, the one written last wins.
    tryLease: function(then) {
      var lease = TurnaboutTab.readLease();
      if (lease && lease.tab !== TurnaboutTab.tabId && lease.expires > Date.now()) {
        TurnaboutTab.writer = false;
        return then();
      }
      if (!TurnaboutTab.writeLease()) {
        TurnaboutTab.writer = false;
        return then();
      }
      setTimeout(function() {
        var back = TurnaboutTab.readLease();
        TurnaboutTab.writer = !!back && back.tab === TurnaboutTab.tabId;
        if (TurnaboutTab.writer) {
          TurnaboutTab.writeLease();
          TurnaboutTab.heartbeat = setInterval(TurnaboutTab.stillHoldsLease, TurnaboutTab.HEARTBEAT_MS);
        }
        then();
      }, TurnaboutTab.CONFIRM_MS);
    },

    // For a writer under the lease: renews it while it is still in this tab's name;
    // otherwise the tab has lost it and stops writing. True when this tab may write.
    stillHoldsLease: function() {
      if (TurnaboutTab.mode !== 'lease') return TurnaboutTab.writer;
      if (!TurnaboutTab.writer) return false;
      var lease = TurnaboutTab.readLease();
      if (lease && lease.tab === TurnaboutTab.tabId && TurnaboutTab.writeLease()) return true;
      TurnaboutTab.writer = false;
      clearInterval(TurnaboutTab.heartbeat);
      TurnaboutTab.heartbeat = null;
      // Told after the current call returns: this may run inside a save the app started.
      setTimeout(function() { if (runtimeInitialized) _turnabout_tab_writer_lost(); }, 0);
      return false;
    },

    releaseLease: function() {
      if (!TurnaboutTab.writer) return;
      clearInterval(TurnaboutTab.heartbeat);
      TurnaboutTab.heartbeat = null;
      var lease = TurnaboutTab.readLease();
      if (lease && lease.tab === TurnaboutTab.tabId) {
        try { window.localStorage.removeItem(TurnaboutTab.LEASE_KEY); } catch (e) {}
      }
      // Should the browser keep the page and show it again, it comes back read-only
      // (the timer waits while the page is away) and asks again like any other tab.
      TurnaboutTab.writer = false;
      setTimeout(function() { if (runtimeInitialized) _turnabout_tab_writer_lost(); }, 0);
    },

    // Asked before every save: a tab that is not (or no longer) the writer never writes.
    mayWrite: function() {
      return TurnaboutTab.stillHoldsLease();
    },
  },

  turnabout_tab_is_writer__deps: ['$TurnaboutTab'],
  turnabout_tab_is_writer: function() {
    return TurnaboutTab.writer ? 1 : 0;
  },
});
