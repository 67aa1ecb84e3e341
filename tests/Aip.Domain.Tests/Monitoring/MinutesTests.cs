using Aip.Domain.Common;
using Aip.Domain.Monitoring;

namespace Aip.Domain.Tests.Monitoring;

public class MinutesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Held = Now.AddDays(8);

    [Fact]
    public void Minutes_go_from_draft_to_review_to_final_and_then_never_change()
    {
        var minutes = Begin();
        minutes.Write(MinutesSection.Accomplishments, "All grade 3-5 teachers attended the literacy PD.");
        minutes.SendForReview(Held.AddDays(1));
        var comment = minutes.Comment(MinutesSection.Accomplishments, "Only 28 of 31 attended.", Guid.NewGuid(), "Dr. Elena Marquez", Held.AddDays(2));

        var open = Assert.Throws<DomainException>(() => minutes.MakeFinal("Priya Natarajan", Held.AddDays(3)));
        Assert.Equal("1 comment is still open: resolve it first.", open.Message);

        minutes.Write(MinutesSection.Accomplishments, "28 of 31 grade 3-5 teachers attended the literacy PD.");
        minutes.ResolveComment(comment.Id, "Corrected the count.", Held.AddDays(3));
        minutes.MakeFinal("Priya Natarajan", Held.AddDays(4));

        Assert.Equal(MinutesStage.Final, minutes.Stage);
        Assert.Equal("Priya Natarajan", minutes.SubmittedByName);
        Assert.Throws<DomainException>(() => minutes.Write(MinutesSection.Challenges, "Late change"));
        Assert.Throws<DomainException>(() => minutes.Comment(MinutesSection.Challenges, "Question", Guid.NewGuid(), "Marcus", Held.AddDays(5)));
        minutes.AddAddendum("The PD attendance count was later confirmed at 29.", "Priya Natarajan", Held.AddDays(9));
        Assert.Single(minutes.Addenda);
        Assert.Equal("28 of 31 grade 3-5 teachers attended the literacy PD.", minutes.Section(MinutesSection.Accomplishments));
    }

    [Fact]
    public void The_steps_raise_the_events_their_notices_follow_from_and_say_whether_the_final_minutes_were_on_time()
    {
        var minutes = Begin();
        minutes.Write(MinutesSection.NextSteps, "Walkthroughs in every grade 3-5 classroom.");
        minutes.SendForReview(Held.AddDays(1));
        minutes.Comment(MinutesSection.NextSteps, "Which week?", Guid.NewGuid(), "Marcus Oyelaran", Held.AddDays(2));
        minutes.ResolveComment(minutes.Comments[0].Id, "The week of 14 December.", Held.AddDays(3));
        minutes.MakeFinal("Priya Natarajan", Held.AddDays(8));

        Assert.Collection(minutes.PendingEvents(),
            e => Assert.Equal(Dates.Day(Held.AddDays(1)).AddDays(3), Assert.IsType<MinutesSentForReview>(e).CommentsDueOn),
            e => Assert.Equal(MinutesSection.NextSteps, Assert.IsType<MinutesCommented>(e).Section),
            e => Assert.False(Assert.IsType<MinutesMadeFinal>(e).OnTime));
    }

    [Fact]
    public void Out_of_order_steps_are_refused_with_the_reason()
    {
        var minutes = Begin();

        Assert.Equal("Write the Minutes before sending them: every section is empty.",
            Assert.Throws<DomainException>(() => minutes.SendForReview(Held)).Message);
        Assert.Equal("The draft has not been sent for review yet.",
            Assert.Throws<DomainException>(() => minutes.Comment(MinutesSection.Risks, "?", Guid.NewGuid(), "Marcus", Held)).Message);
        Assert.Equal("Send the draft to the Superintendent and the Monitor for review first.",
            Assert.Throws<DomainException>(() => minutes.MakeFinal("Priya", Held)).Message);
        Assert.Throws<DomainException>(() => minutes.AddAddendum("Too early", "Priya", Held));
        Assert.Throws<DomainException>(() => minutes.Write((MinutesSection)99, "Nowhere"));
    }

    [Fact]
    public void Sections_are_numbered_and_titled_as_in_appendix_f()
    {
        Assert.Equal(["1", "1a", "2", "3", "4", "5", "6"], MinutesSections.All.Select(s => s.Number()));
        Assert.Equal("Inventory of specific evidence, listed by initiative", MinutesSection.EvidenceInventory.Title());
        Assert.Equal("Challenges to implementation, and targeted assistance needed", MinutesSection.Challenges.Title());
    }

    private static Minutes Begin() => Minutes.Begin(HighlightDiscussionTests.Schedule(Held, reason: null), Held.AddHours(2));
}
