// Live word count for a text box with a word limit (Section 1 key issues). It counts words exactly as the
// server does (Aip.Domain.Plans.WordCount): runs of non-white-space characters. The server stays the
// authority: the readiness check blocks submission above the limit.
(function () {
    "use strict";

    function count(text) {
        return text.trim().split(/[\s\u0085\ufeff]+/).filter(function (word) { return word !== ""; }).length;
    }

    document.querySelectorAll("[data-word-count-for]").forEach(function (output) {
        var field = document.getElementById(output.getAttribute("data-word-count-for"));
        var limit = parseInt(output.getAttribute("data-word-limit"), 10);
        if (!field) {
            return;
        }

        function update() {
            var words = count(field.value);
            var over = words - limit;
            output.textContent = over > 0
                ? words.toLocaleString("en-US") + " of " + limit.toLocaleString("en-US") + " words: " + over.toLocaleString("en-US") + " over the limit"
                : words.toLocaleString("en-US") + " of " + limit.toLocaleString("en-US") + " words";
            output.classList.toggle("text-danger", over > 0);
            output.classList.toggle("fw-bold", over > 0);
        }

        field.addEventListener("input", update);
        update();
    });
}());
