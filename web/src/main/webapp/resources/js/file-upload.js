/*
 * PrimeFaces' file upload renders its choose button as a focusable span that Enter and Space press;
 * give it the button role so that screen readers announce it as one (WCAG 4.1.2). Its hidden file
 * input is hidden from assistive technology by the portal's style sheet (visibility: hidden).
 */
(function () {
    function mark() {
        document.querySelectorAll('.ui-fileupload-choose:not([role])').forEach(function (button) {
            button.setAttribute('role', 'button');
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', mark);
    } else {
        mark();
    }
})();
