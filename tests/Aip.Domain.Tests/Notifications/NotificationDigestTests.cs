using Aip.Domain.Common;
using Aip.Domain.Notifications;

namespace Aip.Domain.Tests.Notifications;

public class NotificationDigestTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateTimeOffset ChoseIt = Dates.At(Monday, new TimeOnly(10, 0));
    private static readonly DateTimeOffset TuesdayMorning = Dates.At(Monday.AddDays(1), new TimeOnly(7, 30));

    private static string Absolute(string path) => "https://aip.test" + path;

    private static DigestLine Line(NotificationKind kind, string message, DateTimeOffset at) => new(kind, message, "/plans/1", at);

    [Fact]
    public void The_digest_lists_actions_first_then_information_each_most_recent_first_with_absolute_links()
    {
        var digest = NotificationDigest.Start(Guid.NewGuid(), ChoseIt);
        var lines = new[]
        {
            Line(NotificationKind.Information, "Plan approved.", ChoseIt.AddHours(1)),
            Line(NotificationKind.Action, "Older action.", ChoseIt.AddHours(2)),
            Line(NotificationKind.Action, "Newer action.", ChoseIt.AddHours(3)),
        };

        var mail = digest.Next(lines, TuesdayMorning, Absolute)!;

        Assert.Equal("AIP daily digest: 2 need your action, 1 for your information", mail.Subject);
        var body = mail.Body;
        Assert.True(body.IndexOf("Needs your action (2)", StringComparison.Ordinal) < body.IndexOf("For your information (1)", StringComparison.Ordinal));
        Assert.True(body.IndexOf("Newer action.", StringComparison.Ordinal) < body.IndexOf("Older action.", StringComparison.Ordinal));
        Assert.True(body.IndexOf("Older action.", StringComparison.Ordinal) < body.IndexOf("Plan approved.", StringComparison.Ordinal));
        Assert.Contains("  https://aip.test/plans/1\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_run_the_same_day_sends_nothing_and_the_next_day_lists_only_what_is_new()
    {
        var digest = NotificationDigest.Start(Guid.NewGuid(), ChoseIt);
        var first = Line(NotificationKind.Action, "First.", ChoseIt.AddHours(1));
        Assert.NotNull(digest.Next([first], TuesdayMorning, Absolute));

        var later = Line(NotificationKind.Information, "Later.", TuesdayMorning.AddHours(1));
        Assert.False(digest.IsDue(TuesdayMorning.AddHours(2)));
        Assert.Null(digest.Next([first, later], TuesdayMorning.AddHours(2), Absolute));

        var wednesday = digest.Next([first, later], TuesdayMorning.AddDays(1), Absolute)!;
        Assert.Contains("Later.", wednesday.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("First.", wednesday.Body, StringComparison.Ordinal);
        Assert.Equal("AIP daily digest: 1 for your information", wednesday.Subject);
    }

    [Fact]
    public void Nothing_new_sends_no_mail_but_the_day_is_done()
    {
        var digest = NotificationDigest.Start(Guid.NewGuid(), ChoseIt);
        var before = Line(NotificationKind.Action, "Mailed at once, before the digest was chosen.", ChoseIt.AddMinutes(-1));

        Assert.Null(digest.Next([before], TuesdayMorning, Absolute));
        Assert.Equal(Monday.AddDays(1), digest.LastSentOn);
        Assert.False(digest.IsDue(TuesdayMorning.AddHours(1)));
    }

    [Fact]
    public void The_digest_waits_for_seven_in_the_morning_massachusetts_time()
    {
        var digest = NotificationDigest.Start(Guid.NewGuid(), ChoseIt);
        var early = Dates.At(Monday.AddDays(1), new TimeOnly(6, 59));

        Assert.False(digest.IsDue(early));
        Assert.Null(digest.Next([Line(NotificationKind.Action, "Waiting.", ChoseIt.AddHours(1))], early, Absolute));
        Assert.Null(digest.LastSentOn);
        Assert.Equal(Dates.At(Monday.AddDays(1), new TimeOnly(7, 0)), NotificationDigest.NextSending(early));
        Assert.Equal(Dates.At(Monday.AddDays(2), new TimeOnly(7, 0)), NotificationDigest.NextSending(TuesdayMorning));
    }

    [Fact]
    public void Choosing_the_digest_again_leaves_out_what_was_mailed_at_once_meanwhile()
    {
        var digest = NotificationDigest.Start(Guid.NewGuid(), ChoseIt);
        var mailedAtOnce = Line(NotificationKind.Action, "Mailed at once.", ChoseIt.AddHours(1));
        digest.Restart(ChoseIt.AddHours(2));

        Assert.Null(digest.Next([mailedAtOnce], TuesdayMorning, Absolute));
    }

    [Fact]
    public void A_digest_needs_its_recipient()
    {
        Assert.Throws<DomainException>(() => NotificationDigest.Start(Guid.Empty, ChoseIt));
    }
}
