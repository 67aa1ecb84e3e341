// Moves focus to the error summary after a failed submission, so screen readers announce it first; when the form was
// one of several placed along the page (a review comment at its place in the plan, its action naming that place), to
// the field in that place with its message, so the person is back where they were writing.
document.addEventListener("DOMContentLoaded", function () {
    var place = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    var invalid = place && place.querySelector("[aria-invalid=true]");
    var summary = document.querySelector(".error-summary");
    if (invalid) {
        invalid.focus();
    } else if (summary) {
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

// A link to a place inside a closed <details> (a collapsed objective on the plan overview) opens it, so the place is seen:
// on following the link (before the browser scrolls to it) and on arriving with the place in the address.
function openDetailsAround(target) {
    for (var element = target; element; element = element.parentElement) {
        if (element.tagName === "DETAILS") {
            element.open = true;
        }
    }
}

document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href*='#']");
    if (link && link.pathname === location.pathname && link.hash.length > 1) {
        openDetailsAround(document.getElementById(decodeURIComponent(link.hash.slice(1))));
    }
});

document.addEventListener("DOMContentLoaded", function () {
    var target = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.closest("details:not([open])")) {
        openDetailsAround(target);
        target.scrollIntoView();
    }
});

// Wide tables that scroll on their own say so while they are wider than their box (.table-scroll.is-overflowing).
function markOverflowingTables() {
    document.querySelectorAll(".table-scroll").forEach(function (box) {
        box.classList.toggle("is-overflowing", box.scrollWidth > box.clientWidth + 1);
    });
}

document.addEventListener("DOMContentLoaded", markOverflowingTables);
window.addEventListener("resize", markOverflowingTables);
