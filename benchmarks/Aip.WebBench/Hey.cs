using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Aip.WebBench;

/// <summary>What <c>hey</c> measured for one page at one number of connections.</summary>
internal sealed record LoadResult(double Rps, double P50, double P95, double P99, int Ok, int Other)
{
    /// <summary>
    /// Several samples of the same page as one: the median of each figure (rps, p50, p95, p99 each on its own), and every
    /// sample's requests added up. One sample moves by ±20 % between runs on this machine; the median of three by less.
    /// </summary>
    public static LoadResult Median(IReadOnlyList<LoadResult> samples)
    {
        ArgumentOutOfRangeException.ThrowIfZero(samples.Count);
        double Of(Func<LoadResult, double> figure)
        {
            var sorted = samples.Select(figure).Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }

        return new(Of(r => r.Rps), Of(r => r.P50), Of(r => r.P95), Of(r => r.P99), samples.Sum(r => r.Ok), samples.Sum(r => r.Other));
    }
}

/// <summary>Runs <c>hey</c> (Debian's HTTP load generator) against one URL for a fixed time and reads its summary.</summary>
internal static partial class Hey
{
    public static async Task<LoadResult> RunAsync(Uri url, string? cookie, int connections, TimeSpan duration)
    {
        var start = new ProcessStartInfo("hey") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-z", $"{duration.TotalSeconds:0}s", "-c", connections.ToString(CultureInfo.InvariantCulture), "-disable-redirects" })
        {
            start.ArgumentList.Add(argument);
        }

        if (cookie is { Length: > 0 })
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"Cookie: {cookie}");
        }

        start.ArgumentList.Add(url.ToString());
        using var process = Process.Start(start) ?? throw new InvalidOperationException("hey did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"hey failed: {await process.StandardError.ReadToEndAsync()}");
        }

        double Seconds(string percent) => Number(Percentile(percent).Match(output), 1) * 1000;
        var statuses = StatusLine().Matches(output).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        var ok = statuses.GetValueOrDefault("200");
        return new(Number(RequestsPerSecond().Match(output), 1), Seconds("50"), Seconds("95"), Seconds("99"), ok, statuses.Values.Sum() - ok);
    }

    private static double Number(Match match, int group) =>
        match.Success ? double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : double.NaN;

    private static Regex Percentile(string percent) => new($@"\b{percent}% in ([0-9.]+) secs", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"\[(\d{3})\]\s+(\d+) responses", RegexOptions.CultureInvariant)]
    private static partial Regex StatusLine();
}
