/*
 * What every form of the portal does in the browser, besides what the server renders:
 *
 * - Errors at the field: each field's message is a PrimeFaces p:message with the id
 *   "<the field's id>-msg". When it holds an error, the field (for a PrimeFaces input its inner
 *   "_input" or "_focus" element) gets aria-invalid="true" and aria-describedby naming the message,
 *   so that a screen reader reads the error with the field.
 * - The error summary (#error-summary, rendered by the page template when a form was refused) lists
 *   every error with a link to its field; following a link moves the focus into the field. When the
 *   page shows the summary, the first invalid field gets the focus.
 * - The confirmation dialog (the template's one global p:confirmDialog, opened by p:confirm on a
 *   button): it is an alertdialog, the focus moves into it (to the button that cancels, the safe
 *   choice), Esc cancels (closeOnEscape), and when it closes without going on the focus returns to
 *   the button that opened it.
 */
(function () {
    'use strict';

    function fieldFor(messageId) {
        var base = messageId.replace(/-msg$/, '');
        var field = document.getElementById(base + '_input') || document.getElementById(base + '_focus')
            || document.getElementById(base);
        if (field && !/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(field.tagName)) {
            field = field.querySelector('input:not([type=hidden]), textarea, select') || field;
        }
        return field;
    }

    function markInvalidFields() {
        var messages = document.querySelectorAll('.ui-message-error[id$="-msg"]');
        for (var i = 0; i < messages.length; i++) {
            var field = fieldFor(messages[i].id);
            if (!field) {
                continue;
            }
            field.setAttribute('aria-invalid', 'true');
            var described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
            if (described.indexOf(messages[i].id) < 0) {
                described.push(messages[i].id);
                field.setAttribute('aria-describedby', described.join(' '));
            }
        }
    }

    /** Each help text "<field id>-help" describes its field (its inner input for PrimeFaces inputs). */
    function describeByHelp() {
        var helps = document.querySelectorAll('main [id$="-help"]');
        for (var i = 0; i < helps.length; i++) {
            var field = fieldFor(helps[i].id.replace(/-help$/, '-msg'));
            if (!field || field === helps[i]) {
                continue;
            }
            var described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
            if (described.indexOf(helps[i].id) < 0) {
                described.push(helps[i].id);
                field.setAttribute('aria-describedby', described.join(' '));
            }
        }
    }

    function focusFirstInvalid() {
        var summary = document.getElementById('error-summary');
        if (!summary) {
            return;
        }
        summary.addEventListener('click', function (event) {
            var link = event.target.closest('a[data-field]');
            var field = link && document.getElementById(link.getAttribute('data-field'));
            if (field) {
                event.preventDefault();
                field.focus();
            }
        });
        var first = document.querySelector('main [aria-invalid="true"]');
        if (first) {
            first.focus();
        } else {
            summary.focus();
        }
    }

    function watchConfirmDialog() {
        var dialog = document.querySelector('.ui-confirm-dialog');
        if (!dialog) {
            return;
        }
        // PrimeFaces' widget sets role="dialog" when it starts: set the role again whenever it opens
        function describe() {
            dialog.setAttribute('role', 'alertdialog');
            dialog.setAttribute('aria-modal', 'true');
            var message = dialog.querySelector('.ui-confirm-dialog-message');
            if (message) {
                if (!message.id) {
                    message.id = dialog.id + '-message';
                }
                dialog.setAttribute('aria-describedby', message.id);
            }
        }
        describe();
        setTimeout(describe, 0);
        var opener = null;
        var going = false;
        document.addEventListener('click', function (event) {
            var button = event.target.closest('button, a');
            if (button && !dialog.contains(button)) {
                opener = button;
            }
        }, true);
        var yes = dialog.querySelector('.ui-confirmdialog-yes');
        if (yes) {
            yes.addEventListener('click', function () { going = true; });
        }
        new MutationObserver(function () {
            var shown = dialog.getAttribute('aria-hidden') === 'false' || dialog.style.display === 'block';
            if (shown && dialog.getAttribute('role') !== 'alertdialog') {
                describe();
            }
            if (shown && !dialog.contains(document.activeElement)) {
                going = false;
                var no = dialog.querySelector('.ui-confirmdialog-no');
                setTimeout(function () { (no || dialog).focus(); }, 0);
            } else if (!shown && !going && opener && document.contains(opener)) {
                var back = opener;
                setTimeout(function () { back.focus(); }, 0);
            }
        }).observe(dialog, { attributes: true, attributeFilter: ['aria-hidden', 'style'] });
    }

    function start() {
        describeByHelp();
        markInvalidFields();
        focusFirstInvalid();
        watchConfirmDialog();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
