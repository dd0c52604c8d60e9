/*
 * The article editor's behaviour in the browser (newsroom/edit.xhtml). No inline script: the staff
 * pages run under a Content-Security-Policy, so everything is wired here by ids and data attributes.
 *
 * - Autosave: a few seconds after typing stops (and at least every AT_LEAST_MS while typing goes on)
 *   the fields go to the server through the page's p:remoteCommand "newsroomAutosave", a Faces ajax
 *   request, so the view state protects it. The server keeps them as a working copy, not a revision.
 * - Leaving the page with text not saved as the article asks first (beforeunload).
 * - Ctrl+S (Cmd+S) presses Save, whatever the keyboard layout.
 * - The text editor's own words (its link tooltip, its pickers) are Quill's English CSS content; the page
 *   hands the interface language's words over as data-quill-* attributes of the form, and they are put on
 *   Quill's elements, where staff.css and Quill's data-label rule show them. No words live in this file.
 */
(function () {
    'use strict';

    var QUIET_MS = 2000;
    var AT_LEAST_MS = 10000;

    var edits = 0;
    var editsAtRequest = 0;
    var cleanAt = 0;
    var timer = null;
    var firstUnsent = 0;
    var lastVersion = null;

    function editorForm() {
        return document.querySelector('form[data-editor-form]');
    }

    function saveState() {
        return document.querySelector('[data-pending]');
    }

    function serverHoldsUnsavedText() {
        var state = saveState();
        return state !== null && state.getAttribute('data-pending') === 'true';
    }

    function savedVersion() {
        var state = saveState();
        return state === null ? null : state.getAttribute('data-version');
    }

    function dirty() {
        return edits > cleanAt || serverHoldsUnsavedText();
    }

    /**
     * PrimeFaces' text editor copies what is typed into its hidden input only when it loses focus; a
     * request sent while the caret is still in the body must carry the body as it is now.
     */
    function syncTextEditors() {
        if (!window.PrimeFaces) {
            return;
        }
        var editors = document.querySelectorAll('form[data-editor-form] .ui-texteditor[id]');
        for (var i = 0; i < editors.length; i++) {
            var widget = window.PrimeFaces.getWidgetById(editors[i].id);
            if (widget && widget.input && typeof widget.getEditorValue === 'function') {
                widget.input.val(widget.getEditorValue());
            }
        }
    }

    function sendAutosave() {
        syncTextEditors();
        timer = null;
        firstUnsent = 0;
        if (typeof window.newsroomAutosave === 'function') {
            window.newsroomAutosave([{name: 'autosave', value: '1'}]);
        }
    }

    function typed(event) {
        var form = editorForm();
        if (form === null || !form.contains(event.target)) {
            return;
        }
        edits++;
        if (event.target.closest && event.target.closest('.publish-box')) {
            return;  // the schedule time and the send-back comment are not part of the article's text
        }
        var now = Date.now();
        if (firstUnsent === 0) {
            firstUnsent = now;
        }
        if (timer !== null) {
            window.clearTimeout(timer);
        }
        timer = window.setTimeout(sendAutosave, now - firstUnsent >= AT_LEAST_MS ? 0 : QUIET_MS);
    }

    var PICKER_WORDS = {
        header: function (value, words) {
            return value ? (words.quillHeading || '').replace('{0}', value) : words.quillNormal;
        },
        size: function (value, words) {
            return value ? words['quill' + value.charAt(0).toUpperCase() + value.slice(1)] : words.quillNormal;
        },
        font: function (value, words) {
            return value === 'serif' ? words.quillSerif : value === 'monospace' ? words.quillMonospace : words.quillSansSerif;
        }
    };

    function label(element, attribute, word) {
        if (word && element.getAttribute(attribute) !== word) {
            element.setAttribute(attribute, word);
        }
    }

    function translateTextEditors() {
        var form = editorForm();
        if (form === null) {
            return;
        }
        var words = form.dataset;
        form.querySelectorAll('.ql-tooltip').forEach(function (tooltip) {
            label(tooltip, 'data-visit', words.quillVisit);
            label(tooltip, 'data-enter-link', words.quillEnterLink);
            label(tooltip, 'data-enter-video', words.quillEnterVideo);
            label(tooltip, 'data-enter-formula', words.quillEnterFormula);
            tooltip.querySelectorAll('a.ql-action').forEach(function (a) {
                label(a, 'data-edit', words.quillEdit);
                label(a, 'data-save', words.quillSave);
            });
            tooltip.querySelectorAll('a.ql-remove').forEach(function (a) {
                label(a, 'data-remove', words.quillRemove);
            });
        });
        Object.keys(PICKER_WORDS).forEach(function (kind) {
            form.querySelectorAll('.ql-picker.ql-' + kind + ' .ql-picker-item, .ql-picker.ql-' + kind + ' .ql-picker-label')
                .forEach(function (item) {
                    label(item, 'data-label', PICKER_WORDS[kind](item.getAttribute('data-value'), words));
                });
        });
    }

    // Quill builds (and an ajax update of the form rebuilds) its toolbar after the page is parsed.
    if (window.MutationObserver) {
        new MutationObserver(translateTextEditors).observe(document.documentElement, {
            childList: true, subtree: true, attributes: true, attributeFilter: ['data-value']
        });
    }

    document.addEventListener('input', typed, true);
    document.addEventListener('change', typed, true);

    window.addEventListener('beforeunload', function (event) {
        if (editorForm() !== null && dirty()) {
            event.preventDefault();
            event.returnValue = '';
            return '';
        }
        return undefined;
    });

    document.addEventListener('keydown', function (event) {
        if (!(event.ctrlKey || event.metaKey) || event.altKey || event.code !== 'KeyS') {
            return;
        }
        var save = document.querySelector('[data-save-button]');
        if (save === null) {
            return;
        }
        event.preventDefault();
        if (!save.disabled) {
            syncTextEditors();
            save.click();
        }
    });

    // A request that comes back with a new saved version saved everything typed before it was sent.
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxSend', function () {
            editsAtRequest = edits;
        });
        window.jQuery(document).on('pfAjaxComplete', function () {
            // A new article has its id once saved: the location bar says so, so a reload opens it.
            var form = editorForm();
            if (form !== null && form.action && window.history.replaceState) {
                var action = new URL(form.action, window.location.href);
                if (action.search.indexOf('id=') >= 0 && window.location.search.indexOf('id=') < 0) {
                    window.history.replaceState(null, '', action.pathname + action.search);
                }
            }
            var version = savedVersion();
            if (lastVersion === null) {
                lastVersion = version;
            } else if (version !== null && version !== lastVersion) {
                lastVersion = version;
                cleanAt = editsAtRequest;
            }
        });
    }
    document.addEventListener('DOMContentLoaded', function () {
        lastVersion = savedVersion();
    });
}());
