using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Monitoring;

/// <summary>Someone who can be invited to a district's discussions by account.</summary>
public sealed record Invitee(Guid Id, string Name, Role Role, bool InvitedByDefault);

/// <summary>
/// The Plan Manager's (or Superintendent's) step: a new Highlight Discussion of a plan in force, its people chosen from
/// the district's leaders, its monitor and ESE staff (and others by name), its agenda pre-filled with what the previous
/// discussion agreed for this one (section 6 of the last final Minutes). The notices follow from the discussion's event.
/// </summary>
public sealed class ScheduleDiscussion(AipDbContext db, TimeProvider clock)
{
    public static async Task<IReadOnlyList<Invitee>> InviteesAsync(AipDbContext db, Guid districtId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var monitors = db.MonitorAssignments.Where(a => a.DistrictId == districtId).Select(a => a.MonitorId);
        var people = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && ((u.DistrictId == districtId && (u.Role == Role.Superintendent || u.Role == Role.PlanManager))
                || (u.Role == Role.PlanMonitor && monitors.Contains(u.Id)) || u.Role == Role.EseStaff))
            .Select(u => new { u.Id, u.DisplayName, u.Role })
            .ToListAsync();
        return [.. people.OrderBy(p => p.Role).ThenBy(p => p.DisplayName, StringComparer.CurrentCulture)
            .Select(p => new Invitee(p.Id, p.DisplayName, p.Role, p.Role != Role.EseStaff))];
    }

    /// <summary>The people the form names, each an account offered for the district or a person named in full.</summary>
    public static IReadOnlyList<DiscussionParticipant> Participants(ScheduleForm form, IReadOnlyList<Invitee> invitees)
    {
        ArgumentNullException.ThrowIfNull(form);
        var chosen = form.Invited.Distinct().Select(id => invitees.FirstOrDefault(i => i.Id == id)
            ?? throw new DomainException("Invite people from the list: one of them cannot be invited to this district's discussions.")).ToList();
        return [.. chosen.Select(i => new DiscussionParticipant(i.Id, i.Name, i.Role.DisplayName())), .. form.Others()];
    }

    public async Task<HighlightDiscussion> RunAsync(Plan plan, ScheduleForm form, IReadOnlyList<Invitee> invitees, Actor by)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(by);
        var now = clock.GetUtcNow();
        var discussion = HighlightDiscussion.Schedule(plan, form.StartsAt, form.Place, Participants(form, invitees), form.ShortNoticeReason, by.Name, now);
        var previous = await db.Minutes.AsNoTracking()
            .Where(m => m.PlanId == plan.Id && m.Stage == MinutesStage.Final)
            .OrderByDescending(m => m.DiscussionDay)
            .FirstOrDefaultAsync();
        foreach (var topic in previous?.AgreedForNextMeeting() ?? [])
        {
            discussion.AddTopic(topic, null, AgendaOrigin.AgreedLastTime, now);
        }

        db.HighlightDiscussions.Add(discussion);
        await db.SaveChangesAsync();
        return discussion;
    }
}
