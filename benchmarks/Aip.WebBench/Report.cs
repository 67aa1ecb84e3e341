using System.Globalization;

namespace Aip.WebBench;

/// <summary>One line of the results file: a page measured at a number of connections, or a single figure (peak RSS, start-up).</summary>
internal sealed record Row(
    string Provider, string Page, int Connections, double Rps, double P50, double P95, double P99,
    int Statements, double AllocatedKb, double PageKb, int PdfPages, int Errors)
{
    /// <summary>A single figure rather than a load run: <see cref="Rps"/> holds its value.</summary>
    public bool IsFact => Connections == 0;

    private static string Ms(double value) => double.IsNaN(value) ? "-" : value.ToString("0.0", CultureInfo.InvariantCulture);

    public static Row Fact(string provider, string name, double value) => new(provider, name, 0, value, 0, 0, 0, 0, 0, 0, 0, 0);

    public static Row Parse(string line)
    {
        var f = line.Split('\t');
        double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        int I(int i) => int.Parse(f[i], CultureInfo.InvariantCulture);
        return new(f[0], f[1], I(2), D(3), D(4), D(5), D(6), I(7), D(8), D(9), I(10), I(11));
    }

    public string ToTsv() => string.Join('\t', new object[] { Provider, Page, Connections, Rps, P50, P95, P99, Statements, AllocatedKb, PageKb, PdfPages, Errors }
        .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    // hey leaves out a percentile it has too few requests for (a slow PDF on one connection): shown as "-".
    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"| {Page,-26} | {Provider,-8} | {Connections,3} | {Rps,8:0.0} | {Ms(P50),6} | {Ms(P95),6} | {Ms(P99),6} | {Statements,3} | {AllocatedKb,8:0} | {PageKb,6:0.0} | {(PdfPages > 0 ? (Rps * PdfPages).ToString("0", CultureInfo.InvariantCulture) : ""),8} | {(Errors > 0 ? Errors.ToString(CultureInfo.InvariantCulture) : ""),6} |");
}

/// <summary>The table of every run in the results file, then one PASS or FAIL line per target of issue 17 measured.</summary>
internal static class Report
{
    public const string Overview = "plan overview";
    public const string Raw = "raw ADO.NET overview";
    public const string Sheet = "Strategy Sheet";
    public const string LargeSheet = "Strategy Sheet, 4x plan";
    public const string PlanPdf = "plan PDF";
    public const string LargePlanPdf = "plan PDF, 4x plan";
    public const string ReportPdf = "QPR PDF";
    public const string PeakRss = "peak RSS of the app, MB";
    public const string Startup = "published app, seconds to first healthy answer";
    public const string StatementsBefore = "statements per request with the demo's districts only";
    public const string DistrictsAdded = "districts added to the portfolio";

    public static int Print(IReadOnlyList<Row> rows)
    {
        Console.WriteLine($"| {"page",-26} | {"database",-8} | {"c",3} | {"rps",8} | {"p50 ms",6} | {"p95 ms",6} | {"p99 ms",6} | SQL | {"KB alloc",8} | {"KB",6} | {"PDF p/s",8} | {"errors",6} |");
        Console.WriteLine($"|{new string('-', 28)}|{new string('-', 10)}|-----|{new string('-', 10)}|{new string('-', 8)}|{new string('-', 8)}|{new string('-', 8)}|-----|{new string('-', 10)}|{new string('-', 8)}|{new string('-', 10)}|{new string('-', 8)}|");
        foreach (var row in rows.Where(r => !r.IsFact).OrderBy(r => r.Page, StringComparer.Ordinal).ThenBy(r => r.Provider, StringComparer.Ordinal).ThenBy(r => r.Connections))
        {
            Console.WriteLine(row.Format());
        }

        Console.WriteLine();
        foreach (var fact in rows.Where(r => r.IsFact))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{fact.Provider}: {fact.Page}: {fact.Rps:0.###}"));
        }

        var lines = Targets(rows).ToList();
        Console.WriteLine();
        foreach (var (pass, text) in lines)
        {
            Console.WriteLine($"{(pass ? "PASS" : "FAIL")} {text}");
        }

        return lines.All(l => l.Pass) ? 0 : 1;
    }

    private static IEnumerable<(bool Pass, string Text)> Targets(IReadOnlyList<Row> rows)
    {
        var loads = rows.Where(r => !r.IsFact).ToList();
        var failed = loads.Where(r => r.Errors > 0).Select(r => $"{r.Page} ({r.Provider}, {r.Connections})").Distinct().ToList();
        yield return (failed.Count == 0, failed.Count == 0 ? "every page answered 200 throughout" : $"answers other than 200: {string.Join(", ", failed)}");

        foreach (var provider in loads.Select(r => r.Provider).Distinct())
        {
            var mine = loads.Where(r => r.Provider == provider && r.Errors == 0).ToList();
            Row? At(string page, int connections) => mine.FirstOrDefault(r => r.Page == page && r.Connections == connections);
            var most = mine.Where(r => r.Page == Overview).Select(r => r.Connections).DefaultIfEmpty().Max();
            var fewest = mine.Where(r => r.Page == Overview).Select(r => r.Connections).DefaultIfEmpty().Min();

            if (At(Overview, most) is { } overview && At(Raw, most) is { } raw)
            {
                var ratio = overview.Rps / raw.Rps;
                yield return (ratio >= 0.6, F($"plan overview at {ratio:0.00} of the raw ADO.NET page's rps on {provider} at {most} connections (target >= 0.6)"));
            }

            if (At(Sheet, fewest) is { } sheet && At(LargeSheet, fewest) is { } largeSheet)
            {
                var ratio = sheet.Rps / largeSheet.Rps;
                yield return (ratio <= 1.2, F($"Strategy Sheet of the 4x plan takes {ratio:0.00}x the demo plan's time on {provider} at {fewest} connections (target <= 1.2)"));
            }

            foreach (var pdf in new[] { PlanPdf, ReportPdf })
            {
                if (At(pdf, 1) is { } one)
                {
                    var pagesPerSecond = one.Rps * one.PdfPages;
                    yield return (pagesPerSecond >= 1000, F($"{pdf}: {pagesPerSecond:0} pages/s on one connection on {provider} ({one.PdfPages} pages; target >= 1,000)"));
                }
            }

            if (At(PlanPdf, 1) is { } small && At(LargePlanPdf, 1) is { } large)
            {
                var ratio = small.Rps / large.Rps;
                yield return (ratio <= 4.5, F($"plan PDF of the 4x plan takes {ratio:0.00}x the demo plan's time on {provider} ({large.PdfPages} and {small.PdfPages} pages; target <= 4.5)"));
            }

            if (provider == "Sqlite")
            {
                var slow = mine.Where(r => r.Connections == 8 && r.P95 > 100).Select(r => F($"{r.Page} {r.P95:0} ms")).ToList();
                var count = mine.Count(r => r.Connections == 8);
                yield return (slow.Count == 0 && count > 0, slow.Count == 0
                    ? $"all {count} pages measured at 8 connections on SQLite have p95 <= 100 ms"
                    : $"p95 over 100 ms at 8 connections on SQLite: {string.Join(", ", slow)}");
            }

            foreach (var before in rows.Where(r => r.IsFact && r.Provider == provider && r.Page.StartsWith(StatementsBefore, StringComparison.Ordinal)))
            {
                var page = before.Page[(StatementsBefore.Length + 2)..];
                if (At(page, 8) is { } after)
                {
                    var districts = rows.First(r => r.IsFact && r.Provider == provider && r.Page == DistrictsAdded).Rps;
                    yield return (after.P95 <= 100, F($"{page} with {districts} more districts on {provider}: p95 {after.P95:0} ms at 8 connections (target <= 100)"));
                    yield return (after.Statements == (int)before.Rps, F($"{page} with {districts} more districts on {provider}: {after.Statements} statements per request against {before.Rps:0} without them (target: the same)"));
                }
            }
        }

        foreach (var startup in rows.Where(r => r.IsFact && r.Page == Startup))
        {
            yield return (startup.Rps <= 2, F($"the published app answered /health {startup.Rps:0.00} s after it was started on {startup.Provider} (target <= 2 s)"));
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
