using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Aip.Web.Features.Account;

/// <summary>How a person's notifications come by mail.</summary>
public enum MailDelivery
{
    /// <summary>A mail for each notice as it happens (everyone's, until they choose otherwise).</summary>
    EachNotice = 1,

    /// <summary>One mail each morning listing the notifications since the last.</summary>
    DailyDigest = 2,
}

/// <summary>The person's own choice of notification mail, saved against the account's version.</summary>
public sealed class NotificationMailForm
{
    [Display(Name = "Notification mail")]
    public MailDelivery? Delivery { get; set; }

    public string? ConcurrencyStamp { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Choices { get; } =
    [
        new("A mail for each notice, as it happens", nameof(MailDelivery.EachNotice)),
        new("Daily digest: one mail each morning at 7:00 (Massachusetts time), needing your action first", nameof(MailDelivery.DailyDigest)),
    ];
}

public sealed class NotificationMailFormValidator : AbstractValidator<NotificationMailForm>
{
    public NotificationMailFormValidator()
    {
        RuleFor(f => f.Delivery).NotNull().WithMessage("Choose how your notifications come by mail.")
            .IsInEnum().WithMessage("Choose one of the two ways your notifications come by mail.");
    }
}
