using System.Globalization;
using System.Text;
using Aip.Documents;
using Aip.Domain.Common;
using Aip.Domain.Plans;
using Aip.Domain.Versions;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Features.Plans;
using Aip.Web.Features.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Documents;

/// <summary>
/// The PDFs: the plan as it stands, any frozen version, and an ESE review. Whoever reads the plan reads its PDFs;
/// a review in progress only ESE. Rendering is bounded by the <see cref="DocumentsRegistration.RenderPolicy"/> limit.
/// </summary>
[Route("plans/{id:guid}")]
[EnableRateLimiting(DocumentsRegistration.RenderPolicy)]
public sealed class DocumentsController(
    PlanStore store, IAuthorizationService authorization, AipDbContext db, IDocumentRenderer renderer, TimeProvider clock)
    : PlanControllerBase(store, authorization)
{
    [HttpGet("pdf")]
    [ForPlan(PlanOperation.Read)]
    public async Task<IActionResult> PlanPdf(Guid id)
    {
        var plan = CurrentPlan;
        var district = await DistrictAsync(plan.DistrictId);
        var label = plan.Status switch
        {
            PlanStatus.Draft or PlanStatus.Returned => "Working draft",
            PlanStatus.Submitted => "As submitted to ESE" + (plan.SubmittedAt is { } at ? $" on {Dates.Display(at)}" : string.Empty),
            PlanStatus.Superseded => $"Version {plan.VersionCount}, superseded by a later plan",
            _ when plan.OpenAmendmentStage is not null => $"Version {plan.VersionCount} with amendment {plan.AmendmentCount} under way",
            _ => $"Version {plan.VersionCount}, in force",
        };
        // The plan as it stands is approved only while it is the version in force: no DRAFT, and that version's approval block.
        var approved = plan.Status is PlanStatus.Approved or PlanStatus.Superseded && plan.OpenAmendmentStage is null
            ? await Store.VersionAsync(plan.Id, plan.VersionCount)
            : null;
        var spec = PlanDocument.Compose(
            PlanContent.Of(plan),
            new PlanDocumentInfo(district.Name, label, Today()) { Findings = await Store.FindingsAsync(plan.DistrictId), IsDraft = approved is null, Approved = approved });
        return Pdf(spec, $"{district.Code}-{Slug(plan.Title)}.pdf");
    }

    [HttpGet("versions/{number:int}/pdf")]
    [ForPlan(PlanOperation.Read, headerOnly: true)]
    public async Task<IActionResult> VersionPdf(Guid id, int number)
    {
        var plan = CurrentHeader;
        var version = await Store.VersionAsync(id, number);
        if (version is null)
        {
            return NotFound();
        }

        var district = await DistrictAsync(plan.DistrictId);
        var spec = PlanDocument.Compose(
            version.Content, PlanDocumentInfo.OfVersion(district.Name, version, Today()) with { Findings = await Store.FindingsAsync(plan.DistrictId) });
        return Pdf(spec, $"{district.Code}-{Slug(version.Content.Title)}-version-{number}.pdf");
    }

    [HttpGet("reviews/{reviewId:guid}/pdf")]
    [ForPlan(PlanOperation.Read)]
    public async Task<IActionResult> ReviewPdf(Guid id, Guid reviewId)
    {
        var plan = CurrentPlan;
        if (await ReviewRecords.ReadableAsync(db, Authorization, User, plan, reviewId) is not { } readable)
        {
            return NotFound();
        }

        var (review, reviewer) = readable;
        var district = await DistrictAsync(plan.DistrictId);
        var content = PlanContent.Of(plan);
        var assessment = await db.SelfAssessments.AsNoTracking().Include(s => s.Answers).SingleOrDefaultAsync(s => s.PlanId == plan.Id);
        var spec = ReviewDocument.Compose(review, content, new ReviewDocumentInfo(district.Name, reviewer, Today()) { SelfAssessment = assessment },
            await db.PinnedCommentsAsync(reviewId, content));
        return Pdf(spec, $"{district.Code}-{Slug(plan.Title)}-review-{review.SubmissionNumber}.pdf");
    }

    private FileContentResult Pdf(DocumentSpec spec, string fileName) => File(renderer.Render(spec), "application/pdf", fileName);

    private DateOnly Today() => Dates.Day(clock.GetUtcNow());

    private async Task<(string Name, string Code)> DistrictAsync(Guid districtId)
    {
        var district = await db.Districts.Where(d => d.Id == districtId).Select(d => new { d.Name, d.Code }).SingleAsync();
        return (district.Name, district.Code);
    }

    /// <summary>A file name from a title: ASCII letters and digits joined by hyphens ("Riverton-AIP-2026-2028"), accents dropped.</summary>
    internal static string Slug(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "plan" : slug[..Math.Min(slug.Length, 80)].TrimEnd('-');
    }
}
