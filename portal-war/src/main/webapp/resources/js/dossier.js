/*
 * The dossier pages: moving the focus to the new step of the application, the browser's own
 * checks before going on, and the warning before the session ends.
 *
 * The session ends a fixed time after the last request, whatever the mouse does, so besides
 * PrimeFaces' idle monitor (which counts from the last key or mouse action) the time since the
 * last answer of the server is watched too; whichever comes first shows the warning.
 *
 * The e-form saves a field when it changes, which browsers report only when the field loses
 * the focus; typing that stops in a field would be lost with the tab. So a pause in typing, or
 * the page being hidden or left, reports the change at once and the field's own save runs.
 */
var DvcWizard = {
    focusStep: function () {
        var heading = document.getElementById('step-heading');
        if (heading) {
            heading.focus();
        }
    },
    /* The browser's checks of required fields and formats; false keeps the page as it is. */
    check: function (button) {
        var form = button && button.form;
        return !form || typeof form.reportValidity !== 'function' || form.reportValidity();
    }
};

/* Closes a dialog once its action went through; a refusal keeps it open with its messages. */
var DvcDialogs = {
    hideIfDone: function (args, name) {
        if (args && args.done) {
            PF(name).hide();
        }
    }
};

var DvcSession = {
    endTimer: null,
    lastContact: Date.now(),
    warned: false,
    settings: function () {
        var holder = document.getElementById('session-warning');
        if (!holder) {
            return null;
        }
        return {
            warnAfter: parseInt(holder.getAttribute('data-warn-after'), 10),
            margin: parseInt(holder.getAttribute('data-margin'), 10)
        };
    },
    warn: function () {
        var s = this.settings();
        if (!s || this.warned || !window.PF) {
            return;
        }
        this.warned = true;
        PF('idleDialog').show();
        var left = Math.max(0, this.lastContact + s.warnAfter + s.margin - Date.now());
        clearTimeout(this.endTimer);
        this.endTimer = setTimeout(function () {
            document.getElementById('session-warning').hidden = true;
            document.getElementById('session-ended').hidden = false;
        }, left);
    },
    kept: function () {
        clearTimeout(this.endTimer);
        this.warned = false;
        this.lastContact = Date.now();
        PF('idleDialog').hide();
    }
};

document.addEventListener('DOMContentLoaded', function () {
    if (!document.getElementById('session-warning') || !window.jQuery) {
        return;
    }
    jQuery(document).on('pfAjaxComplete', function () {
        if (!DvcSession.warned) {
            DvcSession.lastContact = Date.now();
        }
    });
    setInterval(function () {
        var s = DvcSession.settings();
        if (s && Date.now() - DvcSession.lastContact >= s.warnAfter) {
            DvcSession.warn();
        }
    }, 15000);
});

var DvcAutosave = {
    delay: 1500,
    timers: new Map(),
    /* The typed-in fields of the e-form; choices report their changes themselves. */
    watched: function (el) {
        if (!el || !el.closest || !el.closest('.eform-field')) {
            return false;
        }
        return el.tagName === 'TEXTAREA'
            || (el.tagName === 'INPUT' && el.type !== 'checkbox' && el.type !== 'radio'
                && el.type !== 'hidden');
    },
    typed: function (el) {
        var self = this;
        clearTimeout(this.timers.get(el));
        this.timers.set(el, setTimeout(function () {
            self.save(el);
        }, this.delay));
    },
    save: function (el) {
        clearTimeout(this.timers.get(el));
        this.timers.delete(el);
        if (el.isConnected) {
            el.dispatchEvent(new Event('change', {bubbles: true}));
        }
    },
    saveAll: function () {
        var pending = Array.from(this.timers.keys());
        for (var i = 0; i < pending.length; i++) {
            this.save(pending[i]);
        }
    }
};

document.addEventListener('input', function (event) {
    if (DvcAutosave.watched(event.target)) {
        DvcAutosave.typed(event.target);
    }
});
/* A change the browser reports itself (leaving the field) makes the waiting one needless. */
document.addEventListener('change', function (event) {
    if (event.isTrusted && DvcAutosave.timers.has(event.target)) {
        clearTimeout(DvcAutosave.timers.get(event.target));
        DvcAutosave.timers.delete(event.target);
    }
}, true);
document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
        DvcAutosave.saveAll();
    }
});
window.addEventListener('pagehide', function () {
    DvcAutosave.saveAll();
});
