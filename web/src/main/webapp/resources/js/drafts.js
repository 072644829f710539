/*
 * Keeps what a user types in a form until the server has it, so that an expired session, a lost
 * connection or a closed tab never loses it.
 *
 * A form opts in with data-drafts="<the user's login id>"; its drafts are kept under that id, the
 * page's address (with its query: the record) and the form's id. Every change to one
 * of its text fields, text areas or lists is kept in the browser's localStorage under that key,
 * with the value the server had rendered in the field. When the page is loaded again (after a new
 * login, a reload, the next day) and a kept value differs from what the server now shows, it is put
 * back into the field and a notice says so; where the server's value has changed meanwhile (someone
 * else saved), the notice at the field says that too, with the value now stored.
 *
 * Every submit carries the form's key (request parameter samverkan.drafts). The kept values are
 * dropped when the server says the form was saved: the page rendered after a successful save (the
 * same page or the one redirected to) names the key in <meta name="samverkan-drafts-saved">, and an
 * autosave's answer carries saved=true. They are dropped for every form at logout, and what another
 * user kept in this browser is removed when a user's page loads (a shared computer). Each kept value
 * belongs to the tab it was typed in: a save in one tab never drops, and a reload never takes over,
 * what another open tab holds.
 *
 * With data-autosave="<function name>" the form is also saved to the server a few seconds after the
 * user stops typing (a PrimeFaces remoteCommand of that name), never more often than every
 * AUTOSAVE_MIN_INTERVAL_MS; the page shows its result in its own status element.
 *
 * A login in between loses the address's query (the OIDC adapter returns a sent form to its path
 * only: "rapport.xhtml" instead of "rapport.xhtml?period=12"). So a submit notes the full address in
 * the tab's sessionStorage, and a page loaded at the same path without its query within
 * RETURN_WITHIN_MS goes back to that address, where the kept text is put back.
 *
 * The notice offers to discard what was put back. Its texts come from the page template's
 * #drafts-texts element (data-restored, data-changed-by-other, data-discard, data-autosave-failed),
 * rendered from the message bundle in the user's language.
 */
(function () {
    'use strict';

    var PREFIX = 'samverkan.draft:';
    var RETURN_KEY = 'samverkan.return';
    var TABS_KEY = 'samverkan.tabs';
    var TAB_ALIVE_MS = 15000;
    var RETURN_WITHIN_MS = 2 * 60 * 60 * 1000;
    var AUTOSAVE_DELAY_MS = 3000;
    var AUTOSAVE_MIN_INTERVAL_MS = 10000;

    /** A text of the page template's #drafts-texts element, in the user's language. */
    function text(name) {
        var texts = document.getElementById('drafts-texts');
        return (texts && texts.getAttribute('data-' + name)) || '';
    }

    function storage() {
        try {
            return window.localStorage;
        } catch (e) {
            return null; // storage switched off: nothing is kept, the form works as before
        }
    }

    function read(key) {
        var store = storage();
        if (!store) {
            return {};
        }
        try {
            return JSON.parse(store.getItem(PREFIX + key)) || {};
        } catch (e) {
            return {};
        }
    }

    function write(key, entries) {
        var store = storage();
        if (!store) {
            return;
        }
        try {
            if (Object.keys(entries).length === 0) {
                store.removeItem(PREFIX + key);
            } else {
                store.setItem(PREFIX + key, JSON.stringify(entries));
            }
        } catch (e) {
            // storage full: the server's autosave and the form itself still hold the text
        }
    }

    /**
     * The fields whose input is kept: text fields, text areas, selects, and each group of radio
     * buttons (status and traffic light on the report), which stands as its first button.
     */
    function fields(form) {
        var groupsSeen = {}; // one pass: a report holds hundreds of radio buttons, looked at on every keystroke
        return Array.prototype.filter.call(form.querySelectorAll('textarea, input[type=text], input:not([type]), select, input[type=radio]'),
            function (field) {
                if (field.type === 'radio') {
                    if (groupsSeen[field.name]) {
                        return false;
                    }
                    groupsSeen[field.name] = true;
                }
                return field.id && !field.disabled && !field.readOnly;
            });
    }

    /** The buttons of a radio group (by its name), in the form's order. */
    function group(field) {
        return Array.prototype.filter.call(field.form ? field.form.elements : [], function (other) {
            return other.type === 'radio' && other.name === field.name;
        });
    }

    /** The field that stands for this one: a radio group's first button, else the field itself. */
    function representative(field) {
        return field.type === 'radio' ? (group(field)[0] || field) : field;
    }

    /** A field's value: a radio group's checked button's value ('' when none is). */
    function valueOf(field) {
        if (field.type === 'radio') {
            var checked = group(field).filter(function (r) { return r.checked; })[0];
            return checked ? checked.value : '';
        }
        return field.value;
    }

    function setValue(field, value) {
        if (field.type === 'radio') {
            group(field).forEach(function (r) { r.checked = r.value === value; });
        } else {
            field.value = value;
        }
    }

    /** The value the server rendered into the field when the page was loaded. */
    function rendered(field) {
        if (field.type === 'radio') {
            var initially = group(field).filter(function (r) { return r.defaultChecked; })[0];
            return initially ? initially.value : '';
        }
        if (field.tagName === 'SELECT') {
            for (var i = 0; i < field.options.length; i++) {
                if (field.options[i].defaultSelected) {
                    return field.options[i].value;
                }
            }
            return field.options.length ? field.options[0].value : '';
        }
        return field.defaultValue;
    }

    function byId(form, id) {
        var found = null;
        fields(form).forEach(function (field) {
            if (field.id === id) {
                found = field;
            }
        });
        return found;
    }

    function note(field, text, className) {
        var p = document.createElement('p');
        p.className = className;
        p.id = field.id + '-draft-note';
        p.textContent = text;
        field.insertAdjacentElement('afterend', p);
        var described = field.getAttribute('aria-describedby');
        field.setAttribute('aria-describedby', (described ? described + ' ' : '') + p.id);
    }

    /** A time as the portal tells it: Swedish time, hours and minutes. */
    function time(millis) {
        try {
            return new Date(millis).toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' });
        } catch (e) {
            var at = new Date(millis);
            return ('0' + at.getHours()).slice(-2) + ':' + ('0' + at.getMinutes()).slice(-2);
        }
    }

    /** This tab's id, kept in the tab's sessionStorage across its pages. */
    var tabId = (function () {
        try {
            var id = window.sessionStorage.getItem('samverkan.tab');
            if (!id) {
                id = Date.now().toString(36) + Math.random().toString(36).slice(2);
                window.sessionStorage.setItem('samverkan.tab', id);
            }
            return id;
        } catch (e) {
            return 'tab';
        }
    }());

    function tabs() {
        try {
            return JSON.parse(window.localStorage.getItem(TABS_KEY)) || {};
        } catch (e) {
            return {};
        }
    }

    /** Tells the other tabs that this one is open (every few seconds while it is). */
    function heartbeat() {
        var store = storage();
        if (!store) {
            return;
        }
        var open = tabs();
        var now = Date.now();
        Object.keys(open).forEach(function (id) {
            if (now - open[id] > TAB_ALIVE_MS) {
                delete open[id];
            }
        });
        open[tabId] = now;
        try {
            store.setItem(TABS_KEY, JSON.stringify(open));
        } catch (e) {
            // storage full: other tabs may then take over this tab's text after a reload, never lose it
        }
    }

    /** Whether an entry is another tab's, and that tab is still open: its text is there, not to be taken or dropped here. */
    function heldByOpenTab(entry) {
        return entry.tab && entry.tab !== tabId && Date.now() - (tabs()[entry.tab] || 0) < TAB_ALIVE_MS;
    }

    function restore(form, key) {
        var entries = read(key);
        var refused = document.querySelector('.message-error, [aria-invalid="true"]') !== null;
        var restored = 0;
        var latest = 0;
        Object.keys(entries).forEach(function (id) {
            var entry = entries[id];
            var field = byId(form, id);
            if (!field || heldByOpenTab(entry)) {
                return;
            }
            entry.tab = tabId; // this tab shows it now: its save drops it
            if (valueOf(field) === entry.value) {
                if (!refused) {
                    delete entries[id]; // the server holds it (saved by a step that did not say so)
                }
                return; // a refused save shows what was typed: kept until a save succeeds
            }
            var stored = valueOf(field);
            setValue(field, entry.value);
            field.classList.add('draft-restored');
            if (stored !== entry.base) {
                note(field, text('changed-by-other') + ' ' + stored, 'draft-note changed-by-other');
            }
            restored++;
            latest = Math.max(latest, entry.at || 0);
        });
        write(key, entries);
        if (restored > 0) {
            var notice = document.createElement('p');
            notice.id = 'drafts-restored';
            notice.className = 'message-info drafts-restored';
            notice.setAttribute('role', 'status');
            notice.textContent = text('restored').replace('{0}', time(latest));
            var discard = document.createElement('button');
            discard.type = 'button';
            discard.id = 'drafts-discard';
            discard.className = 'ui-button ui-button-text-only drafts-discard';
            discard.textContent = text('discard');
            discard.addEventListener('click', function () {
                fields(form).forEach(function (field) {
                    if (field.classList.contains('draft-restored')) {
                        setValue(field, rendered(field));
                        field.classList.remove('draft-restored');
                    }
                });
                Array.prototype.forEach.call(form.querySelectorAll('.draft-note'), function (n) { n.remove(); });
                drop(key);
                notice.remove();
            });
            notice.appendChild(document.createTextNode(' '));
            notice.appendChild(discard);
            form.insertAdjacentElement('beforebegin', notice);
        }
    }

    function keep(form, key, field, sequence) {
        var entries = read(key);
        var base = entries[field.id] ? entries[field.id].base : rendered(field);
        entries[field.id] = { value: valueOf(field), base: base, at: Date.now(), sequence: sequence, tab: tabId };
        write(key, entries);
    }

    /** As {@link keep} for several fields at once: the stored drafts read and written once. */
    function keepAll(key, changedFields, sequence) {
        if (changedFields.length === 0) {
            return;
        }
        var entries = read(key);
        changedFields.forEach(function (field) {
            var base = entries[field.id] ? entries[field.id].base : rendered(field);
            entries[field.id] = { value: valueOf(field), base: base, at: Date.now(), sequence: sequence, tab: tabId };
        });
        write(key, entries);
    }

    /**
     * Drops what this tab kept up to the given change (all of it when absent): the server has it.
     * Another open tab's text on the same form stays: that tab has not saved it.
     */
    function drop(key, upToSequence) {
        var entries = read(key);
        Object.keys(entries).forEach(function (id) {
            if (heldByOpenTab(entries[id])) {
                return;
            }
            if (upToSequence === undefined || (entries[id].sequence || 0) <= upToSequence) {
                delete entries[id];
            }
        });
        write(key, entries);
    }

    function watch(form) {
        var key = [form.getAttribute('data-drafts'), location.pathname + location.search, form.id].join('|');
        var carrier = document.createElement('input');
        carrier.type = 'hidden';
        carrier.name = 'samverkan.drafts';
        carrier.value = key;
        form.appendChild(carrier);
        restore(form, key);
        var sequence = 0;
        var sentUpTo = 0;
        var autosaveTimer = null;
        var lastAutosave = 0;
        var autosave = form.getAttribute('data-autosave');

        function scheduleAutosave() {
            if (!autosave || typeof window[autosave] !== 'function') {
                return;
            }
            clearTimeout(autosaveTimer);
            var wait = Math.max(AUTOSAVE_DELAY_MS, lastAutosave + AUTOSAVE_MIN_INTERVAL_MS - Date.now());
            autosaveTimer = setTimeout(function () {
                lastAutosave = Date.now();
                sentUpTo = sequence;
                form.setAttribute('data-autosave-pending', String(sentUpTo));
                window[autosave]();
            }, wait);
        }

        function changed(event) {
            var field = event.target && event.target.type === 'radio' ? representative(event.target) : event.target;
            if (!field.id || fields(form).indexOf(field) < 0) {
                return;
            }
            sequence++;
            keep(form, key, field, sequence); // at once: the next moment may be a lost connection or a closed tab
            scheduleAutosave();
        }

        form.addEventListener('input', changed);
        form.addEventListener('change', changed);
        // A submit sends everything typed: keep the latest at once rather than after the delay.
        form.addEventListener('submit', function () {
            try {
                window.sessionStorage.setItem(RETURN_KEY,
                    JSON.stringify({ path: location.pathname, href: location.href, at: Date.now() }));
            } catch (e) {
                // no session storage: a login in between lands on the page without its query
            }
            keepAll(key, fields(form).filter(function (field) { return valueOf(field) !== rendered(field); }), sequence);
        });
        form.samverkanAutosaved = function (answered, saved) {
            if (saved) {
                drop(key, sentUpTo);
            }
            var status = document.getElementById(form.getAttribute('data-autosave-status'));
            if (!answered && status) {
                // no answer from the portal (session expired, connection lost): the text stays in this browser
                status.textContent = text('autosave-failed');
            }
        };
    }

    window.SamverkanDrafts = {
        /** Called by an autosave's oncomplete with PrimeFaces' status and callback arguments. */
        autosaved: function (formId, status, args) {
            var form = document.getElementById(formId);
            if (form && form.samverkanAutosaved) {
                form.samverkanAutosaved(status === 'success', !!(status === 'success' && args && args.saved && !args.validationFailed));
            }
        }
    };

    /** Goes back to the address a form was sent from when a login in between lost its query; true when it does. */
    function returnAfterLogin() {
        var pending = null;
        try {
            pending = JSON.parse(window.sessionStorage.getItem(RETURN_KEY));
            window.sessionStorage.removeItem(RETURN_KEY);
        } catch (e) {
            return false;
        }
        if (pending && pending.path === location.pathname && location.search === '' && pending.href !== location.href
                && Date.now() - pending.at < RETURN_WITHIN_MS) {
            location.replace(pending.href);
            return true;
        }
        return false;
    }

    /** Removes what other users kept in this browser (a shared computer): never shown to, or left for, someone else. */
    function forgetOtherUsers() {
        var store = storage();
        var texts = document.getElementById('drafts-texts');
        var user = texts && texts.getAttribute('data-user');
        if (!store || !user) {
            return;
        }
        for (var i = store.length - 1; i >= 0; i--) {
            var name = store.key(i);
            if (name && name.indexOf(PREFIX) === 0 && name.substring(PREFIX.length).split('|')[0] !== user) {
                store.removeItem(name);
            }
        }
    }

    function start() {
        if (returnAfterLogin()) {
            return;
        }
        forgetOtherUsers();
        heartbeat();
        setInterval(heartbeat, TAB_ALIVE_MS / 3);
        var saved = document.querySelector('meta[name="samverkan-drafts-saved"]');
        if (saved) {
            drop(saved.getAttribute('content'));
        }
        Array.prototype.forEach.call(document.querySelectorAll('form[data-drafts]'), watch);
        var logout = document.getElementById('logout-form');
        if (logout) {
            logout.addEventListener('submit', function () {
                var store = storage();
                if (!store) {
                    return;
                }
                for (var i = store.length - 1; i >= 0; i--) {
                    var name = store.key(i);
                    if (name && name.indexOf(PREFIX) === 0) {
                        store.removeItem(name);
                    }
                }
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
