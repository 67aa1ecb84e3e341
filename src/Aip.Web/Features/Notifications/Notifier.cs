using Aip.Domain.Notifications;
using Aip.Domain.People;
using Aip.Web.Data;
using Aip.Web.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Notifications;

/// <summary>The groups of people a step of a plan concerns.</summary>
[Flags]
public enum Audience
{
    None = 0,

    /// <summary>The district's superintendent and plan manager(s).</summary>
    DistrictLeaders = 1,

    /// <summary>The plan monitors ESE assigned to the district.</summary>
    Monitors = 2,

    /// <summary>Every active ESE staff account.</summary>
    EseStaff = 4,

    /// <summary>Every active plan monitor, assigned to the district or not (they review each other's report drafts).</summary>
    AllMonitors = 8,

    /// <summary>The district's superintendent alone (factual corrections of a report).</summary>
    Superintendent = 16,

    /// <summary>The district's plan manager(s) alone (they answer the comments and questions on their Minutes).</summary>
    PlanManagers = 32,
}

/// <summary>
/// Writes a <see cref="Notice"/> for each active person in its audience (never the person acting): a line in their
/// in-app list, needing their action or for their information as the notice says of their group, and a mail in the
/// outbox, both added to the save that carries the step, so there is no notice of a step that did not happen and no step
/// whose notice is lost. A person who chose the daily digest gets no mail now: <see cref="NotificationDigestJob"/> lists
/// the notification in the next morning's digest. The save pipeline calls it for every domain event.
/// </summary>
internal static class Notifier
{
    /// <summary>Adds the notice's rows to the unit of work and returns them.</summary>
    public static async Task<IReadOnlyList<object>> AddAsync(
        AipDbContext db, Notice notice, Guid? actorId, DateTimeOffset at, Func<string, string> absoluteLink, CancellationToken cancellationToken)
    {
        var districtId = notice.DistrictId;
        var monitors = db.MonitorAssignments.Where(a => a.DistrictId == districtId).Select(a => a.MonitorId);
        // Everyone who could be in an audience; each one's groups decide whether they are, and whether they must act.
        var people = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Id != actorId)
            .Where(u => u.DistrictId == districtId || u.Role == Role.PlanMonitor || u.Role == Role.EseStaff)
            .Select(u => new { u.Id, u.Email, u.Role, u.DistrictId, u.DailyDigest, Assigned = monitors.Contains(u.Id) })
            .ToListAsync(cancellationToken);

        var message = notice.Message.Contains(NotificationRules.DistrictToken, StringComparison.Ordinal)
            ? notice.Message.Replace(NotificationRules.DistrictToken,
                await db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).SingleOrDefaultAsync(cancellationToken) ?? "A district", StringComparison.Ordinal)
            : notice.Message;
        var address = absoluteLink(notice.Link);
        var added = new List<object>();
        foreach (var person in people)
        {
            var groups = GroupsOf(person.Role, person.DistrictId == districtId, person.Assigned);
            if ((groups & notice.Audience) == Audience.None)
            {
                continue;
            }

            added.Add(db.Notifications.Add(Notification.Create(person.Id, message, notice.Link, at, notice.KindFor(groups))).Entity);
            if (person.Email is { Length: > 0 } email && !person.DailyDigest)
            {
                added.Add(db.OutboxMessages.Add(OutboxMessage.Mail(email, $"AIP: {message}",
                    $"{message}\n\nOpen it in AIP: {address}\n\nYou receive this because you work with this district's Accelerated Improvement Plan.",
                    at)).Entity);
            }
        }

        return added;
    }

    /// <summary>The audience groups a person belongs to, for a notice about one district.</summary>
    public static Audience GroupsOf(Role role, bool ofTheDistrict, bool assignedToIt) => role switch
    {
        Role.Superintendent when ofTheDistrict => Audience.DistrictLeaders | Audience.Superintendent,
        Role.PlanManager when ofTheDistrict => Audience.DistrictLeaders | Audience.PlanManagers,
        Role.PlanMonitor => Audience.AllMonitors | (assignedToIt ? Audience.Monitors : Audience.None),
        Role.EseStaff => Audience.EseStaff,
        _ => Audience.None,
    };
}
