// The readers' only script (deferred, about a kilobyte): the share box's "Copy link" button and the phone's section menu.
// Everything else on a reader's page works without script.
document.querySelectorAll('.share__copy').forEach(function (item) { item.hidden = false; });
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy-link]');
    if (!button) {
        return;
    }
    var status = document.getElementById(button.getAttribute('aria-describedby'));
    var say = function (words) { if (status) { status.textContent = words; } };
    var link = button.getAttribute('data-copy-link');
    // The words are the edition's, from the page (data-copied, data-copy-this), never the script's.
    var copyThis = (button.getAttribute('data-copy-this') || '') + ' ' + link;
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(link).then(function () { say(button.getAttribute('data-copied')); },
            function () { say(copyThis); });
    } else {
        say(copyThis);
    }
});

// The section menu's button on a phone: opens and closes the list it controls; Escape closes it.
document.querySelectorAll('.site-menu__toggle').forEach(function (button) {
    var set = function (open) { button.setAttribute('aria-expanded', open ? 'true' : 'false'); };
    button.addEventListener('click', function () { set(button.getAttribute('aria-expanded') !== 'true'); });
    button.parentNode.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
            set(false);
            button.focus();
        }
    });
});
