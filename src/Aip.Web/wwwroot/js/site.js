// Moves focus to the error summary after a failed submission, so screen readers announce it first.
document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector(".error-summary");
    if (summary) {
        summary.focus();
    }
});

// Print buttons (no inline handlers: the Content-Security-Policy forbids them).
document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) {
        window.print();
    }
});
