/*
 * PrimeFaces DataTables' column filters are named by PrimeFaces itself ("Filter <column heading>",
 * from its locale) but left out of the Tab order: put them into it (WCAG 2.1.1); the paginator's
 * named parts get the role their name needs (4.1.2). Run at load and after every PrimeFaces Ajax update.
 */
(function () {
    function complete() {
        // The paginator's "Visar 1–25 av 40" carries a name but no role, which a name needs: it is a status.
        document.querySelectorAll('.ui-paginator [aria-label]:not([role])').forEach(function (part) {
            if (part.tagName === 'DIV' || part.tagName === 'SPAN') {
                part.setAttribute('role', 'status');
            }
        });
        document.querySelectorAll('.ui-datatable th input.ui-column-filter').forEach(function (input) {
            if (input.getAttribute('tabindex') === '-1' && !input.disabled) {
                input.setAttribute('tabindex', '0');
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', complete);
    } else {
        complete();
    }
    document.addEventListener('pfAjaxComplete', complete);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', complete);
    }
})();
