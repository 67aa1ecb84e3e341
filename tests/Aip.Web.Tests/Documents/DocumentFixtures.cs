using Aip.Documents;
using Aip.Domain.Plans;
using Aip.Domain.Versions;
using Aip.Web.Data;
using Aip.Web.Features.Documents;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Aip.Web.Tests.Documents;

/// <summary>Plans to print and the renderer the app registers, for the document tests.</summary>
internal static class DocumentFixtures
{
    public const string District = "Riverton Public Schools";
    public const int FirstYear = 2026;

    public static IDocumentRenderer Renderer { get; } = new PdfDocumentRenderer();

    public static PlanDocumentInfo Info { get; } = PlanDocumentInfo.WorkingDraft(District, new DateOnly(2026, 11, 30));

    public static PlanContent DemoPlanContent() => PlanContent.Of(DemoPlan.Build(Guid.NewGuid(), FirstYear));

    public static byte[] Print(PlanContent plan) => Renderer.Render(PlanDocument.Compose(plan, Info));

    /// <summary>
    /// A plan built through the domain: <paramref name="objectives"/> × <paramref name="initiatives"/> Strategy Sheets,
    /// each with one benchmark of each kind and one activity a quarter, then changed by <paramref name="edit"/>.
    /// </summary>
    public static Plan Plan(int objectives, int initiatives, Action<Plan>? edit = null)
    {
        var plan = Domain.Plans.Plan.Create(Guid.NewGuid(), "Test Accelerated Improvement Plan", FirstYear, FirstYear + 1);
        plan.UpdateSection1("Key issues of the test district.", "If we teach well, then students learn.", "Because teaching matters.");
        for (var o = 1; o <= objectives; o++)
        {
            var objective = plan.AddObjective($"Objective statement {o}", $"Objective lead {o}");
            for (var i = 1; i <= initiatives; i++)
            {
                var initiative = plan.AddInitiative(objective.Id, $"Initiative description {o}.{i}", $"Initiative lead {o}.{i}", "Coaches and time.");
                plan.AddBenchmark(initiative.Id, BenchmarkKind.ShortTermOutcome, $"Outcome of {o}.{i}", "Percentage of students", "Unit tests", "Monthly",
                    [(new DateOnly(FirstYear, 12, 15), "50%")]);
                plan.AddBenchmark(initiative.Id, BenchmarkKind.EarlyEvidenceOfChange, $"Indicator of {o}.{i}", "Percentage of classrooms", "Learning walks", "Monthly",
                    [(new DateOnly(FirstYear, 11, 30), "60%")]);
                foreach (var quarter in QuarterFacts.All)
                {
                    var start = StartOf(quarter);
                    plan.AddActivity(initiative.Id, quarter, $"Step in {quarter.DisplayName()} for {o}.{i}", "Coach", start, start.AddDays(20), null);
                }
            }
        }

        plan.AddFinalOutcome("Students meet the PPI target.", "PPI", "75", new DateOnly(FirstYear + 1, 8, 31));
        edit?.Invoke(plan);
        return plan;
    }

    public static DateOnly StartOf(Quarter quarter) => quarter switch
    {
        Quarter.SeptDec => new DateOnly(FirstYear, 9, 15),
        Quarter.JanMarch => new DateOnly(FirstYear + 1, 1, 15),
        Quarter.AprilJune => new DateOnly(FirstYear + 1, 4, 15),
        _ => new DateOnly(FirstYear + 1, 7, 6),
    };

    public static int PageCount(byte[] pdf) => int.Parse(PdfTools.Info(pdf)["Pages"], System.Globalization.CultureInfo.InvariantCulture);

    public static PdfDocument Open(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        return PdfReader.Open(stream, PdfDocumentOpenMode.Import);
    }
}
