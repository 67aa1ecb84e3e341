using Aip.Domain.Common;

namespace Aip.Domain.Monitoring;

/// <summary>The numbered sections of the Minutes, as Appendix F names them.</summary>
public enum MinutesSection
{
    /// <summary>1 Accomplishments and progress with both processes and performance, based on the plan's benchmarks.</summary>
    Accomplishments = 1,

    /// <summary>1a Inventory of specific evidence, listed by initiative.</summary>
    EvidenceInventory = 2,

    /// <summary>2 Challenges to implementation, and targeted assistance needed.</summary>
    Challenges = 3,

    /// <summary>3 Risks in the coming months with a mitigation plan.</summary>
    Risks = 4,

    /// <summary>4 Next steps for the coming month.</summary>
    NextSteps = 5,

    /// <summary>5 Key modifications to the plan and the reasons.</summary>
    Modifications = 6,

    /// <summary>6 Next steps for the district, Manager and/or Monitor.</summary>
    NextDiscussion = 7,
}

public static class MinutesSections
{
    public static IReadOnlyList<MinutesSection> All { get; } = Enum.GetValues<MinutesSection>();

    public static string Number(this MinutesSection section) => section switch
    {
        MinutesSection.Accomplishments => "1",
        MinutesSection.EvidenceInventory => "1a",
        MinutesSection.Challenges => "2",
        MinutesSection.Risks => "3",
        MinutesSection.NextSteps => "4",
        MinutesSection.Modifications => "5",
        MinutesSection.NextDiscussion => "6",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    /// <summary>The section's heading in Appendix F's words.</summary>
    public static string Title(this MinutesSection section) => section switch
    {
        MinutesSection.Accomplishments =>
            "Accomplishments and progress with both processes and performance, based on the plan's benchmarks (activities, early evidence of change, short-term outcomes)",
        MinutesSection.EvidenceInventory => "Inventory of specific evidence, listed by initiative",
        MinutesSection.Challenges => "Challenges to implementation, and targeted assistance needed",
        MinutesSection.Risks => "Risks in the coming months with a mitigation plan",
        MinutesSection.NextSteps => "Next steps for the coming month",
        MinutesSection.Modifications => "Key modifications to the plan and the reasons",
        MinutesSection.NextDiscussion =>
            "Next steps for the district, Manager and/or Monitor: benchmarks and evidence for the next meeting, when a benchmark will be achieved, requests for evidence or visits, suggestions for future discussions",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };
}

public enum MinutesStage
{
    /// <summary>The Plan Manager writes.</summary>
    Draft = 1,

    /// <summary>Sent to the Superintendent and the Monitor, who report discrepancies or questions.</summary>
    InReview = 2,

    /// <summary>Sent to everyone, ESE's contacts included; never changed again (corrections are addenda).</summary>
    Final = 3,
}

/// <summary>
/// The three clocks of the guidance (§8), in calendar days from the discussion: the draft goes to the Superintendent and
/// the Monitor within 3 days; they answer within 3 days of receiving it; the final Minutes go out within one week.
/// </summary>
public sealed record MinutesClocks(Deadline Draft, Deadline Comments, Deadline Final)
{
    public const int DraftDays = 3;
    public const int CommentDays = 3;
    public const int FinalDays = 7;

    /// <summary>The comments' clock starts when the draft is received; until then it is counted from the draft's deadline.</summary>
    public static MinutesClocks For(DateOnly discussionDay, DateOnly? sentForReviewOn) => new(
        Deadline.DaysAfter(discussionDay, DraftDays),
        Deadline.DaysAfter(sentForReviewOn ?? discussionDay.AddDays(DraftDays), CommentDays),
        Deadline.DaysAfter(discussionDay, FinalDays));
}

/// <summary>A discrepancy or question a reviewer pins to one section of a draft; the Plan Manager resolves it.</summary>
public sealed class MinutesComment : Entity
{
    public const int TextMaxLength = 4000;

    private MinutesComment()
    {
    }

    public MinutesSection Section { get; private set; }

    public string Text { get; private set; } = null!;

    public Guid AuthorId { get; private set; }

    public string AuthorName { get; private set; } = null!;

    public DateTimeOffset At { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>What the Plan Manager did about it.</summary>
    public string? Resolution { get; private set; }

    public bool IsOpen => ResolvedAt is null;

    internal static MinutesComment Pin(MinutesSection section, string? text, Guid authorId, string authorName, DateTimeOffset at) => new()
    {
        Section = Defined(section),
        Text = Common.Text.Required(text, "comment", TextMaxLength),
        AuthorId = authorId,
        AuthorName = authorName,
        At = at,
    };

    internal void Resolve(string? resolution, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new DomainException("This comment has already been resolved.");
        }

        (Resolution, ResolvedAt) = (Common.Text.Required(resolution, "how the comment was resolved", TextMaxLength), at);
    }

    internal static MinutesSection Defined(MinutesSection section) =>
        Enum.IsDefined(section) ? section : throw new DomainException("Choose one of the Minutes' sections.");
}

/// <summary>A correction to final Minutes: dated and signed, added after them, never changing them.</summary>
public sealed record MinutesAddendum(DateTimeOffset At, string ByName, string Text);

/// <summary>
/// The Minutes of one Highlight Discussion (Appendix F): the sections' text, written by the Plan Manager, through draft →
/// review → final on the guidance's clocks. Reviewers' comments must all be resolved before the Minutes are final; final
/// Minutes never change, a correction is an addendum.
/// </summary>
public sealed class Minutes : Entity
{
    public const int SectionMaxLength = 20000;
    public const int AddendumMaxLength = 4000;

    private readonly Dictionary<MinutesSection, string> _sections = [];
    private readonly List<MinutesComment> _comments = [];
    private readonly List<MinutesAddendum> _addenda = [];

    private Minutes()
    {
    }

    public Guid DiscussionId { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid DistrictId { get; private set; }

    /// <summary>The discussion's day, from which the clocks run.</summary>
    public DateOnly DiscussionDay { get; private set; }

    public MinutesStage Stage { get; private set; } = MinutesStage.Draft;

    public DateOnly? SentForReviewOn { get; private set; }

    public DateOnly? FinalOn { get; private set; }

    /// <summary>"Submitted by": the person who made the Minutes final.</summary>
    public string? SubmittedByName { get; private set; }

    public IReadOnlyDictionary<MinutesSection, string> Sections => _sections;

    public IReadOnlyList<MinutesComment> Comments => _comments;

    public IReadOnlyList<MinutesAddendum> Addenda => _addenda;

    public MinutesClocks Clocks => MinutesClocks.For(DiscussionDay, SentForReviewOn);

    /// <summary>Minutes are begun once the discussion has begun, never for a cancelled one.</summary>
    public static Minutes Begin(HighlightDiscussion discussion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(discussion);
        if (!discussion.HasStarted(now))
        {
            throw new DomainException(discussion.Status == DiscussionStatus.Cancelled
                ? "This discussion was cancelled; it has no Minutes."
                : "Minutes are written once the discussion has taken place.");
        }

        return new Minutes { DiscussionId = discussion.Id, PlanId = discussion.PlanId, DistrictId = discussion.DistrictId, DiscussionDay = discussion.Day };
    }

    public string Section(MinutesSection section) => _sections.GetValueOrDefault(section, string.Empty);

    /// <summary>The Plan Manager writes while drafting and while answering the reviewers.</summary>
    public void Write(MinutesSection section, string? text)
    {
        EnsureNotFinal();
        var value = Text.Optional(text, $"section {MinutesComment.Defined(section).Number()}", SectionMaxLength);
        if (value is null)
        {
            _sections.Remove(section);
        }
        else
        {
            _sections[section] = value;
        }
    }

    public void SendForReview(DateTimeOffset now)
    {
        if (Stage != MinutesStage.Draft)
        {
            throw new DomainException("Only a draft is sent for review.");
        }

        if (_sections.Count == 0)
        {
            throw new DomainException("Write the Minutes before sending them: every section is empty.");
        }

        (Stage, SentForReviewOn) = (MinutesStage.InReview, Dates.Day(now));
        Raise(new MinutesSentForReview(Id, DiscussionId, PlanId, DistrictId, DiscussionDay, Clocks.Comments.DueOn));
    }

    public MinutesComment Comment(MinutesSection section, string? text, Guid authorId, string authorName, DateTimeOffset now)
    {
        if (Stage != MinutesStage.InReview)
        {
            throw new DomainException(Stage == MinutesStage.Draft
                ? "The draft has not been sent for review yet."
                : "These Minutes are final; ask ESE staff or the Plan Manager for an addendum instead.");
        }

        var comment = MinutesComment.Pin(section, text, authorId, authorName, now);
        _comments.Add(comment);
        Raise(new MinutesCommented(Id, DiscussionId, PlanId, DistrictId, DiscussionDay, section, authorName));
        return comment;
    }

    public void ResolveComment(Guid commentId, string? resolution, DateTimeOffset now)
    {
        EnsureNotFinal();
        var comment = _comments.Find(c => c.Id == commentId) ?? throw new DomainException("That comment is not on these Minutes.");
        comment.Resolve(resolution, now);
    }

    public void MakeFinal(string byName, DateTimeOffset now)
    {
        if (Stage != MinutesStage.InReview)
        {
            throw new DomainException(Stage == MinutesStage.Draft
                ? "Send the draft to the Superintendent and the Monitor for review first."
                : "These Minutes are already final.");
        }

        if (_comments.Count(c => c.IsOpen) is var open and > 0)
        {
            throw new DomainException(open == 1 ? "1 comment is still open: resolve it first." : $"{open} comments are still open: resolve them first.");
        }

        (Stage, FinalOn, SubmittedByName) = (MinutesStage.Final, Dates.Day(now), byName);
        Raise(new MinutesMadeFinal(Id, DiscussionId, PlanId, DistrictId, DiscussionDay, Clocks.Final.Standing(FinalOn.Value, FinalOn) == DeadlineStanding.MetOnTime));
    }

    public void AddAddendum(string? text, string byName, DateTimeOffset now)
    {
        if (Stage != MinutesStage.Final)
        {
            throw new DomainException("Until the Minutes are final, change them directly instead of adding an addendum.");
        }

        _addenda.Add(new MinutesAddendum(now, byName, Text.Required(text, "addendum", AddendumMaxLength)));
    }

    private void EnsureNotFinal()
    {
        if (Stage == MinutesStage.Final)
        {
            throw new DomainException("These Minutes are final and cannot change; add a dated addendum instead.");
        }
    }
}

public abstract record MinutesEvent(Guid MinutesId, Guid DiscussionId, Guid PlanId, Guid DistrictId, DateOnly DiscussionDay) : IDomainEvent;

public sealed record MinutesSentForReview(Guid MinutesId, Guid DiscussionId, Guid PlanId, Guid DistrictId, DateOnly DiscussionDay, DateOnly CommentsDueOn)
    : MinutesEvent(MinutesId, DiscussionId, PlanId, DistrictId, DiscussionDay);

public sealed record MinutesCommented(Guid MinutesId, Guid DiscussionId, Guid PlanId, Guid DistrictId, DateOnly DiscussionDay, MinutesSection Section, string AuthorName)
    : MinutesEvent(MinutesId, DiscussionId, PlanId, DistrictId, DiscussionDay);

public sealed record MinutesMadeFinal(Guid MinutesId, Guid DiscussionId, Guid PlanId, Guid DistrictId, DateOnly DiscussionDay, bool OnTime)
    : MinutesEvent(MinutesId, DiscussionId, PlanId, DistrictId, DiscussionDay);
