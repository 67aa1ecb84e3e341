using Aip.Domain.Districts;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reporting;
using Aip.Domain.Reviews;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Aip.Testing;

/// <summary>A district of its own for a progress-report test: its code, its approved plan, its monitor and its superintendent.</summary>
public sealed record ReportingDistrict(Guid DistrictId, string Code, Guid PlanId, string Monitor, string Superintendent, ReportingPeriod Period);

public static class TestReports
{
    /// <summary>
    /// A new district (so that its reports do not meet the demo's) with a copy of the demo plan approved by the demo ESE
    /// account before the period that ended last, a monitor assigned to it a superintendent, and a piece of evidence from the period supporting every initiative; the demo monitor is not
    /// assigned, so it stands for "another monitor".
    /// </summary>
    public static async Task<ReportingDistrict> AddReportingDistrictAsync(this AipApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var period = ReportingPeriod.LastEnded(Aip.Domain.Common.Dates.Day(DateTimeOffset.UtcNow));
        var approvedAt = Aip.Domain.Common.Dates.At(period.First.AddDays(-10), new TimeOnly(12, 0));
        var code = "T" + Guid.NewGuid().ToString("N")[..7].ToUpperInvariant();
        var (districtId, planId) = await app.WithDbAsync(async db =>
        {
            var district = District.Create($"Test district {code}", code, 4, null);
            db.Districts.Add(district);
            var ese = await db.Users.Where(u => u.Email == Demo.Ese).Select(u => new Actor(u.Id, u.Role, u.DisplayName)).SingleAsync();
            // A plan of the school year the period falls in, so that the period has a Quarterly report (a summer period would
            // be the year's Summative one: then the plan starts the next school year).
            var plan = DemoPlan.Build(district.Id, period.Quarter == ReportingQuarter.JuneAug ? period.SchoolYear + 1 : period.SchoolYear);
            db.Plans.Add(plan);
            plan.Submit(Role.Superintendent, approvedAt.AddDays(-5));
            var review = PlanReview.Start(plan, ese.Id, approvedAt.AddDays(-4));
            foreach (var criterion in RubricCriterionFacts.All)
            {
                review.Rate(criterion, RubricRating.Strong, null);
            }

            review.SetOverall(RubricRating.Strong, null);
            db.PlanReviews.Add(review);
            db.PlanVersions.Add(plan.Approve(review, ese, approvedAt));
            // One piece of evidence from the period for every initiative: the sources a rating cites.
            db.EvidenceItems.Add(EvidenceItem.Add(plan, "Learning walk notes, all schools", EvidenceKind.ObservationNotes, period.First.AddDays(20),
                null, null, plan.Objectives.SelectMany(o => o.Initiatives).Select(i => i.Id), ese.Id, ese.Name, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return (district.Id, plan.Id);
        });
        var monitor = await app.CreateAccountAsync(Role.PlanMonitor);
        var superintendent = await app.CreateAccountAsync(Role.Superintendent, code);
        var monitorId = await app.UserIdAsync(monitor);
        await app.WithDbAsync(async db =>
        {
            db.MonitorAssignments.Add(new MonitorAssignment(monitorId, districtId, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
        return new(districtId, code, planId, monitor, superintendent, period);
    }
}
