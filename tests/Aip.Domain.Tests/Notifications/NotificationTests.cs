using Aip.Domain.Common;
using Aip.Domain.Notifications;

namespace Aip.Domain.Tests.Notifications;

public class NotificationTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_notification_is_unread_until_read_once()
    {
        var notification = Notification.Create(Guid.NewGuid(), " The plan was submitted. ", "/plans/1", At);

        Assert.Equal("The plan was submitted.", notification.Message);
        Assert.False(notification.IsRead);
        notification.MarkRead(At.AddHours(1));
        notification.MarkRead(At.AddHours(2));
        Assert.Equal(At.AddHours(1), notification.ReadAt);
    }

    [Theory]
    [InlineData("https://evil.example/plans")]
    [InlineData("//evil.example/plans")]
    [InlineData("plans/1")]
    public void It_links_only_inside_the_app(string link)
    {
        Assert.Throws<DomainException>(() => Notification.Create(Guid.NewGuid(), "Message", link, At));
    }

    [Fact]
    public void It_needs_a_recipient_and_a_message()
    {
        Assert.Throws<DomainException>(() => Notification.Create(Guid.Empty, "Message", "/", At));
        Assert.Throws<DomainException>(() => Notification.Create(Guid.NewGuid(), " ", "/", At));
    }

    [Fact]
    public void A_notification_is_for_information_unless_it_asks_for_action()
    {
        Assert.Equal(NotificationKind.Information, Notification.Create(Guid.NewGuid(), "Approved.", "/", At).Kind);
        Assert.Equal(NotificationKind.Action, Notification.Create(Guid.NewGuid(), "Review it.", "/", At, NotificationKind.Action).Kind);
        Assert.Throws<DomainException>(() => Notification.Create(Guid.NewGuid(), "Odd.", "/", At, (NotificationKind)7));
    }

    [Fact]
    public void Actions_come_before_information()
    {
        Assert.Equal([NotificationKind.Action, NotificationKind.Information], NotificationKindFacts.InOrder);
        Assert.Equal("Needs your action", NotificationKind.Action.GroupName());
        Assert.Equal("For your information", NotificationKind.Information.GroupName());
    }
}
