/*
 * Gives PrimeFaces' checks in the browser the portal's own texts, the same the server uses.
 * The page puts them, as JSON, in the data-messages attribute of #client-messages. This runs
 * once the page's scripts have set PrimeFaces' language.
 */
document.addEventListener('DOMContentLoaded', function () {
    var holder = document.getElementById('client-messages');
    if (!holder || !window.PrimeFaces) {
        return;
    }
    var settings = PrimeFaces.getLocaleSettings();
    settings.messages = Object.assign({}, settings.messages,
            JSON.parse(holder.getAttribute('data-messages')));
});
