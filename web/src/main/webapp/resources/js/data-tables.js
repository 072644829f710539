/*
 * PrimeFaces DataTables' column filters are named by PrimeFaces itself ("Filter <column heading>",
 * from its locale) but left out of the Tab order: put them into it (WCAG 2.1.1); the paginator's
 * named parts get the role their name needs (4.1.2). Run at load, once PrimeFaces has built its
 * widgets, and after every PrimeFaces Ajax update.
 *
 * The paginator's widget names its controls' container ("Navigering", .ui-paginator-center-content)
 * when it starts, which on a page load is after DOMContentLoaded: PrimeFaces starts its widgets in
 * jQuery ready callbacks, which jQuery runs asynchronously. So the fixes run again after those.
 */
(function () {
    function complete() {
        // The controls' container ("Navigering": first, previous, the pages, next, last) carries a name
        // but no role, and a name needs one: it is a group of controls. Not a live region: that would
        // read every button out again at each change of page.
        document.querySelectorAll('.ui-paginator [aria-label]:not([role])').forEach(function (part) {
            if (part.tagName === 'DIV' || part.tagName === 'SPAN') {
                part.setAttribute('role', 'group');
            }
        });
        // The page report, "(1 av 4)", changes when the page does: a status, announced politely.
        document.querySelectorAll('.ui-paginator .ui-paginator-current:not([role])').forEach(function (report) {
            report.setAttribute('role', 'status');
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
        // After PrimeFaces' own ready callbacks (which start the widgets), wherever this script stands.
        window.jQuery(function () {
            window.setTimeout(complete, 0);
        });
        window.jQuery(document).on('pfAjaxComplete', complete);
    }
})();
