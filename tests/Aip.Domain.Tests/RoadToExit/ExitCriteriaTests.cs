using Aip.Domain.Common;
using Aip.Domain.RoadToExit;
using static Aip.Domain.Tests.RoadToExit.ContinuumReflectionTests;

namespace Aip.Domain.Tests.RoadToExit;

public class ExitCriteriaTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);
    private static readonly ExitSource Report = new(ExitSourceKind.ProgressReport, Guid.NewGuid(), "Quarterly Progress Report for June–August 2026", new DateOnly(2026, 9, 20));

    [Fact]
    public void Ese_records_criterion_a_per_school_year_either_way_of_appendix_n_shows_it()
    {
        var year = AchievementRecord.Record(District, 2025, ppiTargetsMet: false, outOfLowestTenPercent: true, "Percentile 14 (was 8).", Ese, Now);
        Assert.True(year.Meets);
        Assert.Contains(year.PendingEvents(), e => e is AchievementRecorded { Meets: true, SchoolYear: 2025 });

        year.Correct(false, false, "Percentile 9.", Ese, Now);
        Assert.False(year.Meets);
        Assert.Equal("Percentile 9.", year.Data);

        Assert.Contains("ESE", Assert.Throws<DomainException>(() => AchievementRecord.Record(District, 2025, true, false, "PPI 80", Manager, Now)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => AchievementRecord.Record(District, 2025, true, false, " ", Ese, Now));
        Assert.Contains("has begun", Assert.Throws<DomainException>(() => AchievementRecord.Record(District, 2027, true, false, "PPI 80", Ese, Now)).Message, StringComparison.Ordinal);
        Assert.Equal(2026, AchievementRecord.Record(District, 2026, true, false, "PPI 80", Ese, Now).SchoolYear);
    }

    [Fact]
    public void Ese_cites_evidence_for_b_to_e_only_with_what_it_shows()
    {
        var cited = ExitEvidence.Cite(District, ExitCriterion.Monitor, Report, "The data teams meet weekly in every school.", Ese, Now);
        Assert.Equal((ExitSourceKind.ProgressReport, Report.SourceId, Report.Label), (cited.Kind, cited.SourceId, cited.Label));

        Assert.Contains("criteria B to E", Assert.Throws<DomainException>(() =>
            ExitEvidence.Cite(District, ExitCriterion.DemonstrateImprovedAchievement, Report, "PPI", Ese, Now)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => ExitEvidence.Cite(District, ExitCriterion.Monitor, Report, null, Ese, Now));
        Assert.Throws<DomainException>(() => ExitEvidence.Cite(District, ExitCriterion.Monitor, Report, "Shown.", PlanMonitor, Now));
        Assert.Throws<DomainException>(() => ExitEvidence.Cite(District, ExitCriterion.Monitor, Report with { Kind = (ExitSourceKind)9 }, "Shown.", Ese, Now));
        Assert.Equal($"ProgressReport:{Report.SourceId}", Report.Key);
    }

    [Fact]
    public void The_readiness_summary_shows_a_criterion_only_when_the_views_agree_on_practices_embedded_and_evidence_is_cited()
    {
        var reflection = Open();
        foreach (var who in new[] { Superintendent, Manager, PlanMonitor })
        {
            reflection.Place(who, Everywhere(ContinuumStage.PracticesEmbedded), Now);
        }

        var evidence = new[] { ExitEvidence.Cite(District, ExitCriterion.Modify, Report, "Home visits were brought forward by an amendment.", Ese, Now) };
        var years = new[]
        {
            AchievementRecord.Record(District, 2025, false, false, "PPI 61 against 75.", Ese, Now),
            AchievementRecord.Record(District, 2026, true, false, "PPI 76 against 75; high needs 75.", Ese, Now),
        };

        var standings = ExitCriteria.Standings(years, evidence, reflection);

        Assert.Equal(["A", "B", "C", "D", "E"], standings.Select(s => s.Criterion.Letter()));
        Assert.True(standings[0].Shown);
        Assert.Equal("2026–27: shown (PPI targets met). 1 of 2 school years recorded show it.", standings[0].Summary);
        Assert.False(standings[1].Shown, "Practices Embedded everywhere, but no evidence cited for B.");
        Assert.True(standings[4].Shown);
        Assert.Contains("all three views place 1 of 1 sub-area at Practices Embedded", standings[4].Summary, StringComparison.Ordinal);
        Assert.Single(standings[4].Evidence);

        var notYet = ExitCriteria.Standings([], evidence, null);
        Assert.Equal("No school year recorded yet.", notYet[0].Summary);
        Assert.All(notYet, s => Assert.False(s.Shown));
        Assert.StartsWith("No complete reflection on the continuum yet.", notYet[4].Summary, StringComparison.Ordinal);
        Assert.Contains("603 CMR 2.05(12)", ExitCriteria.RegulationContext, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_area_placed_lower_in_one_view_keeps_its_criterion_not_shown()
    {
        var reflection = Open();
        reflection.Place(Superintendent, Everywhere(ContinuumStage.PracticesEmbedded), Now);
        reflection.Place(Manager, Everywhere(ContinuumStage.PracticesEmbedded), Now);
        reflection.Place(PlanMonitor, [.. Everywhere(ContinuumStage.PracticesEmbedded).Select(p => p.Area == ContinuumArea.ReportResults ? p with { Stage = ContinuumStage.TransitionalImplementation } : p)], Now);
        var evidence = new[] { ExitEvidence.Cite(District, ExitCriterion.Monitor, Report, "Dashboards are public.", Ese, Now) };

        var monitor = ExitCriteria.Standings([], evidence, reflection).Single(s => s.Criterion == ExitCriterion.Monitor);

        Assert.False(monitor.Shown);
        Assert.Contains("place 2 of 3 sub-areas", monitor.Summary, StringComparison.Ordinal);
    }
}
