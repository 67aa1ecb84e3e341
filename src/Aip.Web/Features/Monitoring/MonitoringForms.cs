using System.ComponentModel.DataAnnotations;
using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using FluentValidation;

namespace Aip.Web.Features.Monitoring;

/// <summary>Scheduling a discussion, or moving it: when, where, who, and the reasons the rules ask for.</summary>
public sealed class ScheduleForm
{
    public const int OtherParticipantsMaxLength = 2000;

    public Guid? ConcurrencyToken { get; set; }

    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Start time")]
    public TimeOnly? Time { get; set; }

    [Display(Name = "Location or online link")]
    public string? Place { get; set; }

    /// <summary>The accounts invited (district leaders, the monitor, ESE staff).</summary>
    public List<Guid> Invited { get; set; } = [];

    [Display(Name = "Other participants")]
    public string? OtherParticipants { get; set; }

    [Display(Name = "Reason for the new date")]
    public string? Reason { get; set; }

    [Display(Name = "Reason for less than a week's notice to ESE")]
    public string? ShortNoticeReason { get; set; }

    public DateTimeOffset StartsAt => Dates.At(Date ?? default, Time ?? default);

    public static ScheduleForm From(HighlightDiscussion discussion)
    {
        ArgumentNullException.ThrowIfNull(discussion);
        return new()
        {
            ConcurrencyToken = discussion.ConcurrencyToken,
            Date = discussion.Day,
            Time = Dates.TimeOfDay(discussion.StartsAt),
            Place = discussion.Place,
            Invited = [.. discussion.Participants.Select(p => p.UserId).OfType<Guid>()],
            OtherParticipants = string.Join('\n', discussion.Participants.Where(p => p.UserId is null).Select(p => $"{p.Name}, {p.Role}")),
        };
    }

    /// <summary>"Name, role" per line: people without an account (a principal, a union representative).</summary>
    public IEnumerable<DiscussionParticipant> Others() =>
        (OtherParticipants ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(',', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new DiscussionParticipant(null, parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : "Guest"));
}

public sealed class ScheduleFormValidator : AbstractValidator<ScheduleForm>
{
    public ScheduleFormValidator()
    {
        RuleFor(f => f.Date).NotNull().WithMessage("Enter the date of the discussion.");
        RuleFor(f => f.Time).NotNull().WithMessage("Enter the start time.");
        RuleFor(f => f.Place).NotEmpty().WithMessage("Enter the location or the online link.")
            .MaximumLength(HighlightDiscussion.PlaceMaxLength).WithMessage($"The location must be {HighlightDiscussion.PlaceMaxLength} characters or fewer.");
        RuleFor(f => f.OtherParticipants).MaximumLength(ScheduleForm.OtherParticipantsMaxLength)
            .WithMessage($"List at most {ScheduleForm.OtherParticipantsMaxLength:N0} characters of other participants.");
        RuleFor(f => f.Reason).MaximumLength(HighlightDiscussion.ReasonMaxLength)
            .WithMessage($"The reason must be {HighlightDiscussion.ReasonMaxLength:N0} characters or fewer.");
        RuleFor(f => f.ShortNoticeReason).MaximumLength(HighlightDiscussion.ReasonMaxLength)
            .WithMessage($"The reason must be {HighlightDiscussion.ReasonMaxLength:N0} characters or fewer.");
        RuleFor(f => f).Must(f => f.Invited.Count > 0 || !string.IsNullOrWhiteSpace(f.OtherParticipants))
            .WithName(nameof(ScheduleForm.Invited)).OverridePropertyName(nameof(ScheduleForm.Invited))
            .WithMessage("Invite at least the district's leaders and the monitor.");
    }
}

/// <summary>Cancelling a discussion: the reason goes to everyone invited.</summary>
public sealed class CancelForm
{
    public Guid ConcurrencyToken { get; set; }

    [Display(Name = "Reason for cancelling")]
    public string? Reason { get; set; }
}

public sealed class CancelFormValidator : AbstractValidator<CancelForm>
{
    public CancelFormValidator() =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Give the reason for cancelling: everyone invited is told.")
            .MaximumLength(HighlightDiscussion.ReasonMaxLength).WithMessage($"The reason must be {HighlightDiscussion.ReasonMaxLength:N0} characters or fewer.");
}

/// <summary>A topic added to the agenda, optionally about one plan item.</summary>
public sealed class TopicForm
{
    [Display(Name = "Topic")]
    public string? Topic { get; set; }

    [Display(Name = "About (optional)")]
    public Guid? PlanItemId { get; set; }

    public AgendaOrigin Origin { get; set; } = AgendaOrigin.Added;
}

public sealed class TopicFormValidator : AbstractValidator<TopicForm>
{
    public TopicFormValidator() =>
        RuleFor(f => f.Topic).NotEmpty().WithMessage("Write the topic.")
            .MaximumLength(AgendaItem.TopicMaxLength).WithMessage($"The topic must be {AgendaItem.TopicMaxLength} characters or fewer.");
}

/// <summary>The monitor's questions for one agenda topic.</summary>
public sealed class QuestionsForm
{
    public Guid ConcurrencyToken { get; set; }

    [Display(Name = "Your questions")]
    public string? Questions { get; set; }
}

public sealed class QuestionsFormValidator : AbstractValidator<QuestionsForm>
{
    public QuestionsFormValidator() =>
        RuleFor(f => f.Questions).MaximumLength(AgendaItem.QuestionsMaxLength)
            .WithMessage($"The questions must be {AgendaItem.QuestionsMaxLength:N0} characters or fewer.");
}

/// <summary>The Plan Manager's draft of the Minutes: the sections' text in Appendix F order, the items discussed, the amendments linked.</summary>
public sealed class MinutesForm
{
    public Guid? ConcurrencyToken { get; set; }

    /// <summary>One text per section, in <see cref="MinutesSections.All"/> order.</summary>
    public List<string?> Sections { get; set; } = [];

    public List<Guid> DiscussedItems { get; set; } = [];

    public List<int> LinkedAmendments { get; set; } = [];

    /// <summary>Section 1a: the evidence items cited.</summary>
    public List<Guid> CitedEvidence { get; set; } = [];

    public static MinutesForm From(Minutes? minutes, HighlightDiscussion discussion)
    {
        ArgumentNullException.ThrowIfNull(discussion);
        return new()
        {
            ConcurrencyToken = minutes?.ConcurrencyToken,
            Sections = [.. MinutesSections.All.Select(s => minutes?.Section(s) is { Length: > 0 } text ? text : null)],
            DiscussedItems = [.. minutes?.DiscussedItems ?? discussion.AgendaPlanItems().Distinct()],
            LinkedAmendments = [.. minutes?.LinkedAmendments ?? []],
            CitedEvidence = [.. minutes?.CitedEvidence ?? []],
        };
    }

    public string? Text(MinutesSection section) => MinutesSections.All.ToList().IndexOf(section) is var i and >= 0 && i < Sections.Count ? Sections[i] : null;
}

public sealed class MinutesFormValidator : AbstractValidator<MinutesForm>
{
    public MinutesFormValidator()
    {
        RuleFor(f => f.Sections).Must(s => s.Count <= MinutesSections.All.Count).WithMessage("The form has more sections than the Minutes.");
        RuleForEach(f => f.Sections).MaximumLength(Minutes.SectionMaxLength)
            .WithMessage($"A section must be {Minutes.SectionMaxLength:N0} characters or fewer.");
    }
}

/// <summary>A discrepancy or question pinned to one section of the Minutes (a reviewer's on the draft, ESE's on final Minutes).</summary>
public sealed class MinutesCommentForm
{
    [Display(Name = "Section")]
    public MinutesSection? Section { get; set; }

    [Display(Name = "Your comment or question")]
    public string? Text { get; set; }
}

public sealed class MinutesCommentFormValidator : AbstractValidator<MinutesCommentForm>
{
    public MinutesCommentFormValidator()
    {
        RuleFor(f => f.Section).NotNull().WithMessage("Choose the section the comment is about.")
            .IsInEnum().WithMessage("Choose one of the Minutes' sections.");
        RuleFor(f => f.Text).NotEmpty().WithMessage("Write the comment.")
            .MaximumLength(MinutesComment.TextMaxLength).WithMessage($"The comment must be {MinutesComment.TextMaxLength:N0} characters or fewer.");
    }
}

/// <summary>The Plan Manager's answer to a comment or question; also used for a dated addendum to final Minutes.</summary>
public sealed class MinutesReplyForm
{
    [Display(Name = "Your answer")]
    public string? Text { get; set; }
}

public sealed class MinutesReplyFormValidator : AbstractValidator<MinutesReplyForm>
{
    public MinutesReplyFormValidator() =>
        RuleFor(f => f.Text).NotEmpty().WithMessage("Write the text.")
            .MaximumLength(MinutesComment.TextMaxLength).WithMessage($"The text must be {MinutesComment.TextMaxLength:N0} characters or fewer.");
}

/// <summary>A new risk in the register, or an open one reviewed (and perhaps closed) at a discussion.</summary>
public sealed class RiskForm
{
    public Guid? ConcurrencyToken { get; set; }

    [Display(Name = "Risk in the coming months")]
    public string? Description { get; set; }

    [Display(Name = "Mitigation plan")]
    public string? Mitigation { get; set; }

    [Display(Name = "Owner")]
    public string? Owner { get; set; }

    [Display(Name = "Where it stands")]
    public string? StatusNote { get; set; }

    [Display(Name = "Close the risk")]
    public bool Close { get; set; }
}

public sealed class RiskFormValidator : AbstractValidator<RiskForm>
{
    public RiskFormValidator()
    {
        RuleFor(f => f.Description).NotEmpty().When(f => f.ConcurrencyToken is null).WithMessage("Describe the risk.")
            .MaximumLength(Risk.DescriptionMaxLength).WithMessage($"The risk must be {Risk.DescriptionMaxLength:N0} characters or fewer.");
        RuleFor(f => f.Mitigation).NotEmpty().WithMessage("Describe the mitigation plan.")
            .MaximumLength(Risk.MitigationMaxLength).WithMessage($"The mitigation plan must be {Risk.MitigationMaxLength:N0} characters or fewer.");
        RuleFor(f => f.Owner).NotEmpty().WithMessage("Name the owner.")
            .MaximumLength(Risk.OwnerMaxLength).WithMessage($"The owner must be {Risk.OwnerMaxLength} characters or fewer.");
        RuleFor(f => f.StatusNote).NotEmpty().When(f => f.Close).WithMessage("Say how the risk was closed.")
            .MaximumLength(Risk.NoteMaxLength).WithMessage($"The status must be {Risk.NoteMaxLength:N0} characters or fewer.");
    }
}

/// <summary>The monitor's request for evidence, an interview or a visit.</summary>
public sealed class RequestForm
{
    [Display(Name = "What is requested")]
    public RequestKind? Kind { get; set; }

    [Display(Name = "The request")]
    public string? What { get; set; }

    [Display(Name = "Due by")]
    public DateOnly? DueOn { get; set; }

    [Display(Name = "Reason for less than three weeks")]
    public string? ShortNoticeReason { get; set; }
}

public sealed class RequestFormValidator : AbstractValidator<RequestForm>
{
    public RequestFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose what is requested.").IsInEnum().WithMessage("Choose what is requested.");
        RuleFor(f => f.What).NotEmpty().WithMessage("Say what you request.")
            .MaximumLength(EvidenceRequest.WhatMaxLength).WithMessage($"The request must be {EvidenceRequest.WhatMaxLength:N0} characters or fewer.");
        RuleFor(f => f.DueOn).NotNull().WithMessage("Enter the due date.");
        RuleFor(f => f.ShortNoticeReason).MaximumLength(EvidenceRequest.ReasonMaxLength)
            .WithMessage($"The reason must be {EvidenceRequest.ReasonMaxLength:N0} characters or fewer.");
    }
}

/// <summary>The district's answer to a request: what it provides, or (declining) why not.</summary>
public sealed class RequestAnswerForm
{
    public Guid ConcurrencyToken { get; set; }

    [Display(Name = "Your answer")]
    public string? Answer { get; set; }

    [Display(Name = "Decline the request")]
    public bool Decline { get; set; }

    /// <summary>Evidence items of the plan given in answer.</summary>
    public List<Guid> Evidence { get; set; } = [];
}

public sealed class RequestAnswerFormValidator : AbstractValidator<RequestAnswerForm>
{
    public RequestAnswerFormValidator()
    {
        RuleFor(f => f.Answer).NotEmpty().When(f => f.Decline).WithMessage("Give the reason for declining.");
        RuleFor(f => f.Answer).NotEmpty().When(f => !f.Decline && f.Evidence.Count == 0)
            .WithMessage("Choose the evidence that answers the request, or say what the district provides and where.");
        RuleFor(f => f.Answer).MaximumLength(EvidenceRequest.AnswerMaxLength).WithMessage($"The answer must be {EvidenceRequest.AnswerMaxLength:N0} characters or fewer.");
    }
}

/// <summary>A monitoring visit the monitor schedules.</summary>
public sealed class VisitForm
{
    [Display(Name = "Kind of visit")]
    public VisitKind? Kind { get; set; }

    [Display(Name = "Date")]
    public DateOnly? Day { get; set; }

    [Display(Name = "Purpose")]
    public string? Purpose { get; set; }

    [Display(Name = "Reason to set a rule aside")]
    public string? OverrideReason { get; set; }
}

public sealed class VisitFormValidator : AbstractValidator<VisitForm>
{
    public VisitFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose the kind of visit.").IsInEnum().WithMessage("Choose the kind of visit.");
        RuleFor(f => f.Day).NotNull().WithMessage("Enter the date of the visit.");
        RuleFor(f => f.Purpose).NotEmpty().WithMessage("Say what the visit is for.")
            .MaximumLength(MonitoringVisit.PurposeMaxLength).WithMessage($"The purpose must be {MonitoringVisit.PurposeMaxLength:N0} characters or fewer.");
        RuleFor(f => f.OverrideReason).MaximumLength(MonitoringVisit.ReasonMaxLength)
            .WithMessage($"The reason must be {MonitoringVisit.ReasonMaxLength:N0} characters or fewer.");
    }
}

/// <summary>The monitor's notes after a visit.</summary>
public sealed class VisitNotesForm
{
    public Guid ConcurrencyToken { get; set; }

    [Display(Name = "What you saw")]
    public string? Notes { get; set; }
}

public sealed class VisitNotesFormValidator : AbstractValidator<VisitNotesForm>
{
    public VisitNotesFormValidator() =>
        RuleFor(f => f.Notes).NotEmpty().WithMessage("Write your notes.")
            .MaximumLength(MonitoringVisit.NotesMaxLength).WithMessage($"The notes must be {MonitoringVisit.NotesMaxLength:N0} characters or fewer.");
}
