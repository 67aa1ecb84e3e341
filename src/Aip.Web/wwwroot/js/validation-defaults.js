// Browser-side validation runs when the form is submitted, like the server's. Validating on blur would
// insert messages above fields while the person moves on, shifting the page under their pointer.
// Loaded after jquery.validate and before jquery.validate.unobtrusive, which reads these defaults.
$.validator.setDefaults({ onfocusout: false, onkeyup: false, onclick: false, focusInvalid: false });

// After a failed submit, focus the first field in error (in page order), as the error summary would.
// (jquery.validate raises the event with triggerHandler, which does not bubble: bind to each form.)
$(function () {
    $("form").on("invalid-form.validate", function (event, validator) {
        if (validator.errorList.length > 0) {
            validator.errorList[0].element.focus();
        }
    });
});
