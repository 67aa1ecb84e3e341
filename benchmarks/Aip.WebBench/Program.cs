using System.Diagnostics;
using System.Globalization;
using System.Net;
using Aip.LoadCheck;
using Aip.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Aip.WebBench;

// The web benchmark (scripts/benchmark-web.sh runs it once per database, then once to report):
//   Aip.WebBench run --provider Sqlite|Postgres --connection CS --port P --work FOLDER --out RESULTS.tsv
//                    [--seconds 10] [--connections 8,32] [--pdf-connections 1,4] [--districts 0] [--pages home,PDF]
//                    [--warmup 10]  (seconds of load on each page before it is measured)
//                    [--warmup-start 30]  (seconds of load on the plan overview before the first page, for the whole app)
//                    [--repeat 1]  (samples per page and connection count; the figures are their medians)
//   Aip.WebBench report RESULTS.tsv      (the table and one PASS/FAIL line per target; exit code 1 on a FAIL)
internal static class WebBenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        // The app logs every request to the console, as in production: the script sends standard output to a file, and
        // this program's own progress goes to standard error.
        if (args.Length > 1 && args[0] == "report")
        {
            return Report.Print(File.ReadAllLines(args[1]).Select(Row.Parse).ToList());
        }

        var options = BenchOptions.Parse(args);
        using var app = new BenchApp(options.Provider, options.Connection, options.Port, options.Work);
        Console.Error.WriteLine($"{options.Provider}: starting the app (migration, demo data) on {app.BaseUrl}...");
        app.Start();
        var targets = await Seed.RunAsync(app.Services);
        Console.Error.WriteLine($"Demo plan: {targets.PlanInitiatives} initiatives, {targets.PlanRows} benchmark/target/activity rows; " +
            $"larger plan: {targets.LargePlanInitiatives} initiatives, {targets.LargePlanRows} rows ({(double)targets.LargePlanRows / targets.PlanRows:0.00}x).");

        var stats = new Stats();
        async Task<Session> SignInAsync(string email)
        {
            var session = new Session(app.BaseUrl, stats);
            await session.SignInAsync(email, DemoData.Password);
            return session;
        }

        var ese = await SignInAsync("ese@demo.test");
        var monitor = await SignInAsync("monitor@demo.test");
        var superintendent = await SignInAsync("superintendent@demo.test");
        var manager = await SignInAsync("manager@demo.test");
        var large = await SignInAsync(Seed.LargeSuperintendent);

        var pages = new List<Page>
        {
            new("home (ESE)", ese, "/"),
            new("home (monitor)", monitor, "/"),
            new("home (superintendent)", superintendent, "/"),
            new("home (plan manager)", manager, "/"),
            new("ESE portfolio", ese, "/portfolio"),
            new(Report.Overview, superintendent, $"/plans/{targets.Plan}"),
            new("plan overview, 4x plan", large, $"/plans/{targets.LargePlan}"),
            // A request with a query string is rendered every time (PageBodies): what the first read after a change costs.
            new("plan overview, rendered", superintendent, $"/plans/{targets.Plan}?rendered"),
            new("plan overview, 4x plan, rendered", large, $"/plans/{targets.LargePlan}?rendered"),
            new(Report.Raw, superintendent, RawOverview.Path),
            new(Report.Sheet, superintendent, $"/plans/{targets.Plan}/initiatives/{targets.Initiative}"),
            new(Report.LargeSheet, large, $"/plans/{targets.LargePlan}/initiatives/{targets.LargeInitiative}"),
            new("Minutes", manager, $"/plans/{targets.Plan}/discussions/{targets.Discussion}/minutes"),
            new("QPR", superintendent, $"/reports/{targets.Report}"),
            new(Report.PlanPdf, superintendent, $"/plans/{targets.Plan}/pdf", Pdf: true),
            new(Report.LargePlanPdf, large, $"/plans/{targets.LargePlan}/pdf", Pdf: true),
            new(Report.ReportPdf, superintendent, $"/reports/{targets.Report}/pdf", Pdf: true),
            new("/health (anonymous)", null, "/health"),
        };
        // --pages: measure only the pages whose names contain one of these words (to look at a few while changing them).
        if (options.Pages.Count > 0)
        {
            pages.RemoveAll(p => !options.Pages.Any(word => p.Name.Contains(word, StringComparison.OrdinalIgnoreCase)));
        }

        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseUrl };
        async Task<(HttpStatusCode Status, byte[] Body)> GetAsync(Page page)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page.Url);
            if (page.Session is not null)
            {
                request.Headers.Add("Cookie", page.Session.CookieHeader);
            }

            using var response = await http.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
        }

        // Statements per request of the ESE pages before more districts are added, to show whether they grow with the portfolio.
        async Task<int> StatementsAsync(Page page)
        {
            await GetAsync(page);
            app.Commands.Reset();
            var (status, _) = await GetAsync(page);
            return status == HttpStatusCode.OK ? app.Commands.Count : -1;
        }

        var before = new Dictionary<string, int>();
        if (options.Districts > 0)
        {
            foreach (var page in pages.Where(p => p.Session == ese))
            {
                before[page.Name] = await StatementsAsync(page);
            }

            Console.Error.WriteLine($"Adding {options.Districts} districts, each with an approved copy of the demo plan and a year of monitoring...");
            await Seed.AddDistrictsAsync(app.Services, options.Districts);
        }

        // The raw page sends the statements of one overview request, less those the pipeline sends for any signed-in
        // request (recorded on the raw page itself while it sends nothing, a few times over). The overview's first request
        // here renders the page, reading everything it shows; later ones reuse the body it rendered (PageBodies).
        async Task<IReadOnlyList<RawOverview.Statement>> RecordAsync(Page page, int times)
        {
            app.Raw.Recording.Start();
            for (var i = 0; i < times; i++)
            {
                await GetAsync(page);
            }

            return app.Raw.Recording.Stop();
        }

        var overviewPage = pages.Find(p => p.Name == Report.Overview) ?? new(Report.Overview, superintendent, $"/plans/{targets.Plan}");
        var pipeline = await RecordAsync(new(Report.Raw, superintendent, RawOverview.Path), 3);
        app.Raw.Replay(await RecordAsync(overviewPage, 1), pipeline);
        Console.Error.WriteLine($"Raw page: {app.Raw.StatementCount} statements of the overview's, {pipeline.Count / 3} per request left to the pipeline.");

        // The code every page shares (the pipeline, MVC, Razor, EF Core) is still being recompiled by the tiered JIT long
        // after a page's own warm-up: the overview measured first after 12 s of its own load answered 290-410 rps, after
        // 40 s 700-840. So the app is loaded as a whole first, on the overview rendered every time (a query string), which
        // runs most of that shared code.
        if (options.WarmupStart > TimeSpan.Zero)
        {
            Console.Error.WriteLine($"Warming up the app for {options.WarmupStart.TotalSeconds:0} s on the plan overview, rendered...");
            await Hey.RunAsync(new Uri(app.BaseUrl, $"{overviewPage.Url}?rendered"), overviewPage.Session?.CookieHeader, options.Connections[^1], options.WarmupStart);
        }

        var rows = new List<Row>();
        foreach (var page in pages)
        {
            // Warm-up: EF's query cache and connection pools on the first requests, then the tiered JIT, which keeps
            // recompiling hot methods for tens of seconds after they are first called (a CPU profile of the first 15 s
            // of load found 9-17 % of the time in the JIT; under 4 % after 40 s): a run under load before the one measured.
            for (var i = 0; i < 30; i++)
            {
                await GetAsync(page);
            }

            if (options.Warmup > TimeSpan.Zero)
            {
                await Hey.RunAsync(new Uri(app.BaseUrl, page.Url), page.Session?.CookieHeader, (page.Pdf ? options.PdfConnections : options.Connections)[^1], options.Warmup);
            }

            var (status, body) = await GetAsync(page);
            if (status != HttpStatusCode.OK)
            {
                Console.Error.WriteLine($"{page.Name}: {(int)status} for {page.Url}; not measured.");
                rows.Add(new(options.Provider.ToString(), page.Name, options.Connections[0], 0, 0, 0, 0, 0, 0, 0, 0, 1));
                continue;
            }

            // The raw page's own statements go round EF, so the counter sees only the pipeline's.
            var statements = await StatementsAsync(page) + (page.Name == Report.Raw ? app.Raw.StatementCount : 0);
            var pdfPages = page.Pdf ? PdfPages(body) : 0;
            foreach (var connections in page.Pdf ? options.PdfConnections : options.Connections)
            {
                var allocated = GC.GetTotalAllocatedBytes();
                var samples = new List<LoadResult>();
                for (var sample = 0; sample < options.Repeat; sample++)
                {
                    samples.Add(await Hey.RunAsync(new Uri(app.BaseUrl, page.Url), page.Session?.CookieHeader, connections, options.Duration));
                }

                var result = LoadResult.Median(samples);
                var perRequest = (GC.GetTotalAllocatedBytes() - allocated) / (double)Math.Max(1, result.Ok + result.Other);
                var row = new Row(options.Provider.ToString(), page.Name, connections, result.Rps, result.P50, result.P95, result.P99,
                    statements, perRequest / 1024, body.Length / 1024.0, pdfPages, result.Other);
                rows.Add(row);
                Console.Error.WriteLine(row.Format());
            }
        }

        if (options.Districts > 0)
        {
            rows.Add(Row.Fact(options.Provider.ToString(), Report.DistrictsAdded, options.Districts));
            rows.AddRange(before.Select(b => Row.Fact(options.Provider.ToString(), $"{Report.StatementsBefore}: {b.Key}", b.Value)));
        }

        rows.Add(Row.Fact(options.Provider.ToString(), Report.PeakRss, Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024)));
        File.AppendAllLines(options.Out, rows.Select(r => r.ToTsv()));
        foreach (var session in new[] { ese, monitor, superintendent, manager, large })
        {
            session.Dispose();
        }

        return 0;

        static int PdfPages(byte[] pdf)
        {
            using var stream = new MemoryStream(pdf);
            using var document = PdfSharp.Pdf.IO.PdfReader.Open(stream, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
            return document.PageCount;
        }
    }
}

/// <summary>A page measured, read as the person of <paramref name="Session"/> (none: anonymous).</summary>
internal sealed record Page(string Name, Session? Session, string Url, bool Pdf = false);

internal sealed record BenchOptions(
    DatabaseProvider Provider, string Connection, int Port, string Work, string Out, TimeSpan Duration,
    IReadOnlyList<int> Connections, IReadOnlyList<int> PdfConnections, int Districts, IReadOnlyList<string> Pages, TimeSpan Warmup,
    TimeSpan WarmupStart, int Repeat)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string Required(string name) => values.GetValueOrDefault(name) ?? throw new ArgumentException($"--{name} is required");
        int[] Numbers(string name, string fallback) =>
            [.. values.GetValueOrDefault(name, fallback).Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))];
        return new(
            Enum.Parse<DatabaseProvider>(Required("provider")),
            Required("connection"),
            int.Parse(Required("port"), CultureInfo.InvariantCulture),
            Required("work"),
            Required("out"),
            TimeSpan.FromSeconds(int.Parse(values.GetValueOrDefault("seconds", "10"), CultureInfo.InvariantCulture)),
            Numbers("connections", "8,32"),
            Numbers("pdf-connections", "1,4"),
            int.Parse(values.GetValueOrDefault("districts", "0"), CultureInfo.InvariantCulture),
            values.GetValueOrDefault("pages", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            TimeSpan.FromSeconds(int.Parse(values.GetValueOrDefault("warmup", "10"), CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(int.Parse(values.GetValueOrDefault("warmup-start", "30"), CultureInfo.InvariantCulture)),
            Math.Max(1, int.Parse(values.GetValueOrDefault("repeat", "1"), CultureInfo.InvariantCulture)));
    }
}
