using System.Diagnostics;
using System.Globalization;
using Aip.Documents;
using Aip.Domain.Versions;
using Aip.Web.Data;
using Aip.Web.Features.Documents;

namespace Aip.Benchmarks;

/// <summary>
/// Usage: Aip.Benchmarks [--runs N] [--out FOLDER]
/// Renders each document N times after a warm-up and prints pages, median milliseconds, milliseconds per page,
/// kilobytes allocated per render (composing the document included) and the PDF's size;
/// with --out it also writes the PDFs there, to look at.
/// </summary>
internal static class BenchmarkProgram
{
    // Tiered JIT keeps optimizing for the first few dozen renders: warm up on every case before timing any.
    private const int Warmups = 15;

    public static void Main(string[] args)
    {
        var runs = int.Parse(Option(args, "--runs") ?? "20", CultureInfo.InvariantCulture);
        var outFolder = Option(args, "--out");
        var renderer = new PdfDocumentRenderer();
        var demo = PlanContent.Of(DemoPlan.Build(Guid.NewGuid(), 2026));
        var info = PlanDocumentInfo.WorkingDraft("Riverton Public Schools", new DateOnly(2026, 11, 30));

        var cases = new (string Name, PlanContent Plan)[]
        {
            ("demo plan", demo),
            ("demo plan x4", LargerPlan.Of(demo, times: 4)),
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PDF render time, median of {runs} runs after {Warmups} warm-up runs (Release, {Environment.ProcessorCount} CPUs)"));
        Console.WriteLine();
        Console.WriteLine($"| {"document",-14} | {"initiatives",11} | {"pages",5} | {"median ms",9} | {"ms per page",11} | {"KB allocated",12} | {"KB of PDF",9} |");
        Console.WriteLine($"|{new string('-', 16)}|{new string('-', 13)}|{new string('-', 7)}|{new string('-', 11)}|{new string('-', 13)}|{new string('-', 14)}|{new string('-', 11)}|");
        foreach (var (_, plan) in cases)
        {
            for (var i = 0; i < Warmups; i++)
            {
                renderer.Render(PlanDocument.Compose(plan, info));
            }
        }

        var results = new List<(int Pages, double Median)>();
        foreach (var (name, plan) in cases)
        {
            var spec = PlanDocument.Compose(plan, info);
            var pdf = renderer.Render(spec);

            var times = new double[runs];
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < runs; i++)
            {
                var clock = Stopwatch.StartNew();
                renderer.Render(PlanDocument.Compose(plan, info));
                times[i] = clock.Elapsed.TotalMilliseconds;
            }

            var allocatedKb = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / runs;
            var pages = PageCount(pdf);
            var median = Median(times);
            results.Add((pages, median));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name,-14} | {plan.Initiatives.Count(),11} | {pages,5} | {median,9:F1} | {median / pages,11:F2} | {allocatedKb,12:F0} | {pdf.Length / 1024.0,9:F1} |"));
            if (outFolder is not null)
            {
                Directory.CreateDirectory(outFolder);
                File.WriteAllBytes(Path.Combine(outFolder, name.Replace(' ', '-') + ".pdf"), pdf);
            }
        }

        var (smallPages, smallTime) = results[0];
        var (largePages, largeTime) = results[^1];
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"x4 plan: {(double)largePages / smallPages:F2}x the pages in {largeTime / smallTime:F2}x the time (time grows no faster than pages when the second is not larger than the first)."));
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    // The PDF's page tree counts its pages; PDFsharp reads it back without rendering.
    private static int PageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(stream, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        return document.PageCount;
    }
}
