/*
 * The report form (rapport/rapport.xhtml): after a refused save or submission, the item the refusal
 * concerns (marked by the server with .has-error) has its narrative marked invalid (aria-invalid,
 * described by the item's error text), is brought into view and its first invalid input (or the
 * item itself) gets the focus, so that keyboard and screen reader users land where the
 * correction is needed. A link in the list of items still missing moves the focus to that item.
 * Only on a full page load: an autosave never moves the focus while the user types.
 */
(function () {
    'use strict';

    /** Marks the refused item's narrative invalid, described by the item's error text, for assistive technology. */
    function markInvalid(item) {
        var error = item.querySelector('.item-error');
        var narrative = item.querySelector('textarea.narrative');
        if (narrative && !item.querySelector('[aria-invalid="true"]')) {
            narrative.setAttribute('aria-invalid', 'true');
            if (error && error.id) {
                var described = narrative.getAttribute('aria-describedby');
                narrative.setAttribute('aria-describedby', (described ? described + ' ' : '') + error.id);
            }
        }
    }

    function focusItem(item) {
        var target = item.querySelector('[aria-invalid="true"]') || item;
        target.focus();
        if (target.scrollIntoView) {
            target.scrollIntoView({ block: 'center' });
        }
    }

    function start() {
        var refused = document.querySelector('#report-form .report-item.has-error');
        if (refused) {
            markInvalid(refused);
            focusItem(refused);
        }
        document.addEventListener('click', function (event) {
            var link = event.target.closest ? event.target.closest('#missing a[href^="#item-"]') : null;
            if (!link) {
                return;
            }
            var item = document.getElementById(link.getAttribute('href').substring(1));
            if (item) {
                event.preventDefault();
                focusItem(item);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
