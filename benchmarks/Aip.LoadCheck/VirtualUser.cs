using System.Net;
using Aip.Web.Data;

namespace Aip.LoadCheck;

/// <summary>
/// One person in the crowd. Out of every ten: two ESE staff (they read Riverton's approved demo plan and pin review
/// comments on Lakeside's submitted one), one Plan Monitor (reads), six Riverton leaders and one Lakeside leader (they read and edit Section 1 of their
/// district's draft plans, each edit sent with the version its form was read at). Between steps a person thinks.
/// </summary>
internal sealed class VirtualUser(int number, LoadOptions options, Stats stats, SetupResult setup) : IDisposable
{
    private const string Conflict = "Someone else saved";

    private readonly Session _session = new(options.BaseUrl, stats);
    private readonly Random _random = new(number);
    private int _writes;

    private Role Kind => (number % 10) switch
    {
        0 or 1 => Role.Ese,
        2 => Role.Monitor,
        9 => Role.Lakeside,
        _ => Role.Riverton,
    };

    private enum Role
    {
        Ese,
        Monitor,
        Riverton,
        Lakeside,
    }

    public Task SignInAsync() => _session.SignInAsync(Kind switch
    {
        Role.Ese => "ese@demo.test",
        Role.Monitor => "monitor@demo.test",
        Role.Lakeside => "superintendent2@demo.test",
        _ => number % 2 == 0 ? "superintendent@demo.test" : "manager@demo.test",
    }, DemoData.Password);

    public async Task RunAsync(CancellationToken stop)
    {
        // People do not all start on the same millisecond.
        await DelayAsync(TimeSpan.Zero, options.ThinkMax, CancellationToken.None);
        while (!stop.IsCancellationRequested)
        {
            await StepAsync();
            await DelayAsync(options.ThinkMin, options.ThinkMax, stop);
        }
    }

    public void Dispose() => _session.Dispose();

    private Task StepAsync()
    {
        var readPlan = Kind == Role.Lakeside ? setup.LakesideDrafts[0] : setup.Demo.Plan;
        var roll = _random.Next(100);
        return roll switch
        {
            < 25 => _session.PageAsync("home", "/"),
            < 50 => _session.PageAsync("plan overview", $"/plans/{readPlan}"),
            < 70 when Kind != Role.Lakeside => _session.PageAsync("strategy sheet", $"/plans/{readPlan}/initiatives/{setup.Demo.Initiative}"),
            < 70 => _session.PageAsync("plan overview", $"/plans/{readPlan}"),
            < 75 => _session.DownloadAsync("plan pdf", $"/plans/{readPlan}/pdf"),
            _ => Kind switch
            {
                Role.Ese => CommentAsync(),
                Role.Riverton => EditAsync(setup.RivertonDrafts[_random.Next(setup.RivertonDrafts.Count)]),
                Role.Lakeside => EditAsync(setup.LakesideDrafts[_random.Next(setup.LakesideDrafts.Count)]),
                _ => _session.PageAsync("plan overview", $"/plans/{readPlan}"),
            },
        };
    }

    /// <summary>Opens Section 1, types for a moment, saves with the version the form was read at.</summary>
    private async Task EditAsync(Guid plan)
    {
        if (await _session.PageAsync("edit: open form", $"/plans/{plan}/section-1") is not { } page)
        {
            return;
        }

        await DelayAsync(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(800), CancellationToken.None);
        var value = $"Load check {number}-{++_writes}";
        var response = await _session.SubmitAsync("edit: save", page, $"form[action='/plans/{plan}/section-1']", new() { ["KeyIssues"] = value });
        stats.Writes.Add(new Write("edit", plan, value, Outcome("edit: save", response)));
    }

    private async Task CommentAsync()
    {
        var plan = setup.Demo.Submitted;
        if (await _session.PageAsync("comment: open", $"/plans/{plan}/review") is not { } page)
        {
            return;
        }

        await DelayAsync(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(800), CancellationToken.None);
        var value = $"Load check comment {number}-{++_writes}";
        var response = await _session.SubmitAsync("comment: save", page, $"form[action='/plans/{plan}/review/comments']",
            new() { ["NewComment.Place"] = setup.CommentPlace, ["NewComment.Text"] = value });
        stats.Writes.Add(new Write("comment", plan, value, Outcome("comment: save", response)));
    }

    /// <summary>Saved is a redirect (Post-Redirect-Get); a conflict is the form shown again with the conflict message.</summary>
    private WriteOutcome Outcome(string kind, HttpResponseMessage? response)
    {
        if (response?.StatusCode == HttpStatusCode.Redirect)
        {
            return WriteOutcome.Saved;
        }

        if (response?.StatusCode == HttpStatusCode.OK && _session.LastBody?.Contains(Conflict, StringComparison.Ordinal) == true)
        {
            return WriteOutcome.Conflict;
        }

        if (response is not null)
        {
            stats.Error(kind, $"{(int)response.StatusCode}, neither saved nor a conflict");
        }

        return WriteOutcome.Failed;
    }

    private async Task DelayAsync(TimeSpan min, TimeSpan max, CancellationToken stop)
    {
        try
        {
            await Task.Delay(min + (max - min) * _random.NextDouble(), stop);
        }
        catch (TaskCanceledException)
        {
            // Time is up: the person stops after their current step.
        }
    }
}
