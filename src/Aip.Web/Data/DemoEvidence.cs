using System.Security.Cryptography;
using System.Text;
using Aip.Documents;
using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.People;
using Aip.Domain.Plans;
using Aip.Web.Infrastructure.Files;

namespace Aip.Web.Data;

/// <summary>
/// Riverton's evidence library since its plan was approved: ten items across the initiatives, collected before each demo
/// discussion (and one since the last, not yet cited), some with small files made here — a PDF drawn with the app's own
/// renderer, CSV extracts — stored through <see cref="IFileStore"/>, the others links to where they live.
/// </summary>
public static class DemoEvidence
{
    private sealed record Entry(string Title, EvidenceKind Kind, int Objective, int Initiative, string Description, string? Link, string? Csv, bool Pdf);

    private static readonly Entry[] Entries =
    [
        new("Summer institute attendance and exit survey", EvidenceKind.Survey, 0, 0, "Attendance by school and the exit survey's five questions.", null,
            "school,teachers_invited,teachers_attended,survey_agree_pct\nLincoln Elementary,31,28,86\nWashington Elementary,27,26,91\nRiverton Middle,44,39,78\n", false),
        new("Learning-walk tool and calibration notes", EvidenceKind.Document, 0, 0, "The tool principals use, with the calibration session's notes.", null, null, true),
        new("Learning-walk data, first cycle", EvidenceKind.DataExtract, 0, 0, "Share of observed lessons meeting the common expectations, by school.", null,
            "school,lessons_observed,meeting_expectations_pct\nLincoln Elementary,42,38\nWashington Elementary,37,46\nRiverton Middle,55,31\n", false),
        new("Data-team meeting minutes", EvidenceKind.MeetingMinutes, 1, 0, "The grade-level data teams' minutes from the common planning time.",
            "https://drive.riverton.example/data-teams/2026-10", null, false),
        new("Home-visit log summary", EvidenceKind.DataExtract, 3, 0, "Visits logged in the student information system, by week.",
            "https://sis.riverton.example/reports/home-visits", null, false),
        new("Principal interviews on the coaching cycle", EvidenceKind.Interview, 2, 0, "The Plan Manager's notes of interviews with four principals.", null, null, true),
        new("Family conference sign-in sheets", EvidenceKind.Document, 3, 1, "Sign-in sheets by school, scanned.", "https://drive.riverton.example/family-conferences", null, false),
        new("Aspiring-leaders cohort project summaries", EvidenceKind.Document, 2, 1, "The cohort's twelve school-based projects, one page each.",
            "https://drive.riverton.example/aspiring-leaders/projects", null, false),
        new("Interim benchmark results", EvidenceKind.DataExtract, 1, 0, "Interim reading and mathematics results, school by school.", null,
            "school,grade,reading_on_track_pct,math_on_track_pct\nLincoln Elementary,3,41,44\nLincoln Elementary,4,45,39\nWashington Elementary,3,52,50\n", false),
        new("Walkthrough observation notes, Lincoln grade 4", EvidenceKind.ObservationNotes, 0, 0, "The coach's notes from this month's walkthroughs.",
            "https://drive.riverton.example/walkthroughs/lincoln-grade-4", null, false),
    ];

    /// <summary>Builds the items (their files stored already); item <c>i</c> is added before discussion <c>i * 7 / 10</c>, the last after the last one.</summary>
    public static async Task<IReadOnlyList<EvidenceItem>> BuildAsync(Plan plan, Actor manager, DemoTimeline timeline, IFileStore files, IDocumentRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(renderer);
        var items = new List<EvidenceItem>();
        for (var i = 0; i < Entries.Length; i++)
        {
            var entry = Entries[i];
            var last = i == Entries.Length - 1;
            var added = last ? timeline.Now.AddDays(-2) : timeline.DemoDiscussion(i * (DemoTimeline.DemoHeldDiscussions - 1) / (Entries.Length - 1)).AddDays(-4);
            var collected = Dates.Day(added.AddDays(-3));
            var objective = plan.Objectives[Math.Min(entry.Objective, plan.Objectives.Count - 1)];
            var initiative = objective.Initiatives[Math.Min(entry.Initiative, objective.Initiatives.Count - 1)];
            Guid[] supports = initiative.Benchmarks.Count > 0 ? [initiative.Id, initiative.Benchmarks[0].Id] : [initiative.Id];
            var item = EvidenceItem.Add(plan, entry.Title, entry.Kind, collected, entry.Description, entry.Link, supports, manager.Id, manager.Name, added);
            if (entry.Csv is { } csv)
            {
                await AttachAsync(item, Slug(entry.Title) + ".csv", "text/csv", Encoding.UTF8.GetBytes(csv), files, added);
            }

            if (entry.Pdf)
            {
                var pdf = renderer.Render(new DocumentSpec
                {
                    Title = entry.Title,
                    Author = manager.Name,
                    Header = new PageHeader("Riverton Public Schools", entry.Title, Dates.Display(collected)),
                    Blocks = [new Heading(entry.Title), new Paragraph(entry.Description), new Paragraph("Demo evidence generated by AIP.", TextStyle.Italic)],
                });
                await AttachAsync(item, Slug(entry.Title) + ".pdf", "application/pdf", pdf, files, added);
            }

            item.EnsureHasOneSource();
            items.Add(item);
        }

        return items;
    }

    private static async Task AttachAsync(EvidenceItem item, string name, string contentType, byte[] bytes, IFileStore files, DateTimeOffset at)
    {
        var key = Guid.NewGuid();
        using (var content = new MemoryStream(bytes, writable: false))
        {
            await files.SaveAsync(key, content);
        }

        item.AttachFile(name, contentType, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), key, at);
    }

    private static string Slug(string title) =>
        string.Join('-', title.ToLowerInvariant().Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries)).Replace("'", string.Empty, StringComparison.Ordinal);
}
