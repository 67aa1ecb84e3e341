// Every form is sent once: after the first submit its buttons are disabled and a second submit (a double click,
// Enter pressed twice) is ignored. The server refuses a second send of a creating form anyway (OneTimeForm); this
// spares the person the wait and the message. A submit that browser-side validation stops is not counted, and a page
// shown again from the back/forward cache gets its buttons back.
document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || form.method.toLowerCase() !== "post") {
        return;
    }

    if (form.dataset.submitted === "true") {
        event.preventDefault();
        return;
    }

    form.dataset.submitted = "true";
    // Disabled after the browser has read the form, so the pressed button's own name and value are still sent.
    window.setTimeout(function () {
        form.querySelectorAll("button[type=submit], input[type=submit], button:not([type])").forEach(function (button) {
            button.disabled = true;
        });
    }, 0);
});

window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-submitted]").forEach(function (form) {
        delete form.dataset.submitted;
        form.querySelectorAll("button, input[type=submit]").forEach(function (button) {
            button.disabled = false;
        });
    });
});
