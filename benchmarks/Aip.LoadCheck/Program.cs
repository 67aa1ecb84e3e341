using System.Diagnostics;
using System.Globalization;
using System.Net;
using Aip.LoadCheck;
using Aip.Web.Data;

// The load check (scripts/load-check.sh starts the app and a throw-away PostgreSQL, then this): many signed-in people
// at once, each with their own session, reading (home, plan overview, Strategy Sheet, PDF) and writing (Section 1 of a
// plan with its version, a review comment) for a bounded time; then every write the app said it saved is looked for in
// the database. Exit code 0 only with no errors and no lost writes.
var options = LoadOptions.Parse(args);
var stats = new Stats();
var database = new Database(options.Connection);
var demo = await database.DemoAsync();

Console.WriteLine($"Setting up: starting the review of the submitted demo plan, starting {options.EditPlans} draft plans to edit...");
var setup = await Setup.RunAsync(options, stats, demo);
var people = Enumerable.Range(0, options.Users).Select(i => new VirtualUser(i, options, stats, setup)).ToList();

Console.WriteLine($"Signing in {options.Users} people...");
var signIns = Stopwatch.StartNew();
await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (person, _) => await person.SignInAsync());
Console.WriteLine($"Signed in in {signIns.Elapsed.TotalSeconds:0.0} s. Running for {options.Duration.TotalSeconds:0} s...");

stats.Measuring = true;
var run = Stopwatch.StartNew();
using var stop = new CancellationTokenSource(options.Duration);
await Task.WhenAll(people.Select(p => p.RunAsync(stop.Token)));
stats.Measuring = false;
var elapsed = run.Elapsed;

var check = await database.CheckWritesAsync(stats.Writes.ToList(), setup);
Console.WriteLine();
Console.WriteLine($"Load check: {options.Users} people, {elapsed.TotalSeconds:0} s, think time {options.ThinkMin.TotalSeconds:0.0}-{options.ThinkMax.TotalSeconds:0.0} s");
foreach (var line in stats.Report(elapsed).Concat(check.Report()))
{
    Console.WriteLine(line);
}

people.ForEach(p => p.Dispose());
return stats.ErrorCount == 0 && check.Lost == 0 && check.Phantom == 0 && check.StaleOverwrites == 0 ? 0 : 1;

namespace Aip.LoadCheck
{
    internal sealed record LoadOptions(Uri BaseUrl, string Connection, int Users, TimeSpan Duration, int EditPlans, TimeSpan ThinkMin, TimeSpan ThinkMax)
    {
        public static LoadOptions Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                values[args[i].TrimStart('-')] = args[i + 1];
            }

            double Number(string name, double fallback) => values.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
            return new(
                new Uri(values.GetValueOrDefault("base-url") ?? throw new ArgumentException("--base-url is required")),
                values.GetValueOrDefault("connection") ?? throw new ArgumentException("--connection is required (the app's PostgreSQL database)"),
                (int)Number("users", 200),
                TimeSpan.FromSeconds(Number("seconds", 60)),
                (int)Number("edit-plans", 16),
                TimeSpan.FromSeconds(Number("think-min", 0.5)),
                TimeSpan.FromSeconds(Number("think-max", 2.0)));
        }
    }

    /// <summary>What the people work on: the demo plans (Lakeside's is submitted, so ESE comments on it) and the draft plans they edit.</summary>
    internal sealed record SetupResult(DemoIds Demo, IReadOnlyList<Guid> RivertonDrafts, IReadOnlyList<Guid> LakesideDrafts, string CommentPlace);

    internal static class Setup
    {
        public static async Task<SetupResult> RunAsync(LoadOptions options, Stats stats, DemoIds demo)
        {
            using var riverton = new Session(options.BaseUrl, stats);
            await riverton.SignInAsync("superintendent@demo.test", DemoData.Password);

            using var ese = new Session(options.BaseUrl, stats);
            await ese.SignInAsync("ese@demo.test", DemoData.Password);
            var review = await ese.PageAsync("setup", $"/plans/{demo.Submitted}/review") ?? throw new InvalidOperationException("No review page.");
            var place = review.QuerySelectorAll("select[name='NewComment.Place'] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
            Expect(await ese.SubmitAsync("setup", review, $"form[action='/plans/{demo.Submitted}/review/comments']",
                new() { ["NewComment.Place"] = place, ["NewComment.Text"] = "Load check: the review starts." }), "starting the review");

            using var lakeside = new Session(options.BaseUrl, stats);
            await lakeside.SignInAsync("superintendent2@demo.test", DemoData.Password);
            var lakesideCount = Math.Max(1, options.EditPlans / 4);
            return new(demo,
                await DraftsAsync(riverton, demo.Riverton, options.EditPlans - lakesideCount),
                await DraftsAsync(lakeside, demo.Lakeside, lakesideCount),
                place);
        }

        private static async Task<IReadOnlyList<Guid>> DraftsAsync(Session leader, Guid districtId, int count)
        {
            var plans = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var page = await leader.PageAsync("setup", $"/districts/{districtId}/plans/new") ?? throw new InvalidOperationException("No new-plan page.");
                var response = Expect(await leader.SubmitAsync("setup", page, $"form[action='/districts/{districtId}/plans/new']",
                    new() { ["Title"] = $"Load check plan {i + 1}", ["FirstSchoolYear"] = "2026", ["LastSchoolYear"] = "2027" }), "starting a plan");
                plans.Add(Guid.Parse(response.Headers.Location!.OriginalString.Split('/', '#', '?')[2]));
            }

            return plans;
        }

        private static HttpResponseMessage Expect(HttpResponseMessage? response, string step) =>
            response?.StatusCode == HttpStatusCode.Redirect ? response : throw new InvalidOperationException($"Setup failed {step}: {(int?)response?.StatusCode}");
    }
}
