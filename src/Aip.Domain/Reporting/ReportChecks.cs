namespace Aip.Domain.Reporting;

/// <summary>One thing the reviewers should look at twice, on one initiative of the report.</summary>
public sealed record ReportFlag(Guid InitiativeId, string Number, string Message);

/// <summary>
/// Consistency flags the reviewers see (they warn, they do not block): a process rating far ahead of the performance rating
/// ("Fully Embedded" with "Performance Goals Not Reached"), a rating two or more levels away from the previous report's
/// without a word on why, a rating with no evidence from the period itself, and "Reached Performance Goals" (or higher)
/// while benchmark targets due in the period were not met.
/// </summary>
public static class ReportChecks
{
    public static IReadOnlyList<ReportFlag> Of(ProgressReport report, ProgressReport? previous, IReadOnlyDictionary<Guid, int> missedTargets)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(missedTargets);
        var period = report.Period;
        var flags = new List<ReportFlag>();
        foreach (var entry in report.RatedInitiatives)
        {
            void Flag(string message) => flags.Add(new(entry.InitiativeId, entry.Number, message));

            if (entry.Process == ProcessRating.FullyEmbedded && entry.Performance == PerformanceRating.NotReached)
            {
                Flag($"“{ProcessRating.FullyEmbedded.DisplayName()}” with “{PerformanceRating.NotReached.DisplayName()}”: is the initiative embedded if its results are not there?");
            }

            if (previous?.Initiatives.FirstOrDefault(i => i.InitiativeId == entry.InitiativeId && !i.Removed) is { } before && entry.ChangeNote is null)
            {
                if (Moved(before.Process, entry.Process) is { } process)
                {
                    Flag($"The process rating moved {process} levels since {previous.Period.DisplayName} ({before.Process!.Value.DisplayName()} → {entry.Process!.Value.DisplayName()}) with no explanation of the change.");
                }

                if (Moved(before.Performance, entry.Performance) is { } performance)
                {
                    Flag($"The performance rating moved {performance} levels since {previous.Period.DisplayName} ({before.Performance!.Value.DisplayName()} → {entry.Performance!.Value.DisplayName()}) with no explanation of the change.");
                }
            }

            if (entry.Process is not null || entry.Performance is not null)
            {
                var fromPeriod = entry.ProcessEvidence.Concat(entry.PerformanceEvidence).Any(c => period.Contains(c.On));
                if (!fromPeriod)
                {
                    Flag($"Rated with no evidence from {period.DisplayName}.");
                }
            }

            if (entry.Performance >= PerformanceRating.Reached && missedTargets.GetValueOrDefault(entry.InitiativeId) is var missed and > 0)
            {
                Flag($"“{entry.Performance.Value.DisplayName()}” although {missed} benchmark target{(missed == 1 ? " due in the period was" : "s due in the period were")} not met.");
            }
        }

        return flags;
    }

    private static int? Moved<T>(T? before, T? now)
        where T : struct, Enum
    {
        if (before is null || now is null)
        {
            return null;
        }

        var distance = Math.Abs(Convert.ToInt32(before.Value, System.Globalization.CultureInfo.InvariantCulture) - Convert.ToInt32(now.Value, System.Globalization.CultureInfo.InvariantCulture));
        return distance >= 2 ? distance : null;
    }
}
