using System.Globalization;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Domain.Reviews;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Aip.Testing;

/// <summary>Plans put straight into a test app's database, each test its own, in the demo district.</summary>
public static class TestPlans
{
    /// <summary>A plan built by <paramref name="fill"/> from nothing, saved as it is.</summary>
    public static async Task<Guid> AddPlanAsync(this AipApp app, Action<Plan> fill, string title = "Test plan")
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(fill);
        var districtId = await app.DistrictIdAsync(Demo.District);
        return await app.WithDbAsync(async db =>
        {
            var plan = Plan.Create(districtId, title, 2026, 2027);
            fill(plan);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });
    }

    /// <summary>A fresh copy of the ready demo plan, a draft.</summary>
    public static Task<Guid> AddReadyPlanAsync(this AipApp app) => app.AddDemoPlanAsync((_, _, _) => { });

    /// <summary>
    /// A copy of the demo plan submitted and reviewed by the demo ESE account, every criterion Strong, with an optional
    /// comment pinned to Section 1; approved (version 1 frozen) unless <paramref name="approve"/> is false.
    /// </summary>
    public static Task<Guid> AddReviewedPlanAsync(this AipApp app, bool approve = true, string? sectionComment = null) =>
        app.AddDemoPlanAsync((db, plan, ese) =>
        {
            plan.Submit(Role.Superintendent, DateTimeOffset.UtcNow);
            var review = PlanReview.Start(plan, ese.Id, DateTimeOffset.UtcNow);
            foreach (var criterion in RubricCriterionFacts.All)
            {
                review.Rate(criterion, RubricRating.Strong, null);
            }

            review.SetOverall(RubricRating.Strong, null);
            db.PlanReviews.Add(review);
            if (sectionComment is not null)
            {
                db.ReviewComments.Add(review.AddComment(new CommentPlace(CommentArea.Section1), sectionComment, ese.Id, DateTimeOffset.UtcNow));
            }

            if (approve)
            {
                db.PlanVersions.Add(plan.Approve(review, ese, DateTimeOffset.UtcNow));
            }
        });

    /// <summary>
    /// The review form's values, every criterion at <paramref name="rating"/>, sent with the button <paramref name="decision"/>.
    /// <paramref name="submission"/> only for posts that do not start from the review page (which carries its own).
    /// </summary>
    public static Dictionary<string, string> ReviewValues(RubricRating rating, string decision, int? submission = null)
    {
        var values = new Dictionary<string, string> { ["decision"] = decision, ["Form.OverallRating"] = rating.ToString(), ["Form.OverallComment"] = "Overall." };
        if (submission is { } number)
        {
            values["Form.SubmissionNumber"] = number.ToString(CultureInfo.InvariantCulture);
        }

        for (var i = 0; i < RubricCriterionFacts.All.Count; i++)
        {
            values[$"Form.Criteria[{i}].Criterion"] = RubricCriterionFacts.All[i].ToString();
            values[$"Form.Criteria[{i}].Rating"] = rating.ToString();
        }

        return values;
    }

    private static async Task<Guid> AddDemoPlanAsync(this AipApp app, Action<AipDbContext, Plan, Actor> then)
    {
        var districtId = await app.DistrictIdAsync(Demo.District);
        return await app.WithDbAsync(async db =>
        {
            var ese = await db.Users.Where(u => u.Email == Demo.Ese).Select(u => new Actor(u.Id, u.Role, u.DisplayName)).SingleAsync();
            var plan = DemoPlan.Build(districtId, 2026);
            db.Plans.Add(plan);
            then(db, plan, ese);
            await db.SaveChangesAsync();
            return plan.Id;
        });
    }
}
