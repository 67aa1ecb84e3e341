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

// File inputs with size limits (data-max-file, data-max-request): the sizes are checked before the form is sent, so a
// person who chose too much is told next to the field and loses nothing typed (the server checks again).
function fileSizeProblem(input) {
    var maxFile = Number(input.dataset.maxFile), maxRequest = Number(input.dataset.maxRequest), total = 0, problems = [];
    Array.prototype.forEach.call(input.files || [], function (file) {
        total += file.size;
        if (file.size > maxFile) {
            problems.push(file.name + " " + input.dataset.sizeMessage + ".");
        }
    });
    if (problems.length === 0 && total > maxRequest) {
        problems.push(input.dataset.totalMessage);
    }
    return problems.join(" ");
}

function showFileSizeProblem(input) {
    var problem = fileSizeProblem(input), message = document.getElementById("size-" + input.id);
    if (message) {
        message.textContent = problem;
        message.hidden = problem === "";
    }
    input.setAttribute("aria-invalid", problem === "" ? "false" : "true");
    return problem === "";
}

document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("input[type=file][data-max-request]")) {
        showFileSizeProblem(event.target);
    }
});

document.addEventListener("submit", function (event) {
    var inputs = event.target.querySelectorAll ? event.target.querySelectorAll("input[type=file][data-max-request]") : [];
    Array.prototype.forEach.call(inputs, function (input) {
        if (!showFileSizeProblem(input)) {
            event.preventDefault();
            input.focus();
        }
    });
}, true);
