using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Domain.Plans;
using Aip.Domain.Tests.Plans;

namespace Aip.Domain.Tests.Monitoring;

public class EvidenceItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Collected = new(2026, 11, 20);
    private static readonly string Hash = new('a', 64);

    [Fact]
    public void An_item_records_what_it_is_what_it_supports_and_who_added_it()
    {
        var plan = PlanBuilder.Ready();
        var initiative = plan.Objectives[0].Initiatives[0];
        var benchmark = initiative.Benchmarks[0];

        var item = Add(plan, link: "https://drive.example.org/walkthroughs", supports: [initiative.Id, benchmark.Id, benchmark.Id]);

        Assert.Equal("Learning-walk summary", item.Title);
        Assert.Equal([initiative.Id, benchmark.Id], item.Supports);
        Assert.Equal("Priya Natarajan", item.AddedByName);
        Assert.Equal(plan.DistrictId, item.DistrictId);
        Assert.True(item.SupportsInitiative(initiative));
        Assert.False(item.SupportsInitiative(plan.Objectives[1].Initiatives[0]));
        item.EnsureHasOneSource();
    }

    [Fact]
    public void A_benchmark_supported_counts_for_its_initiative()
    {
        var plan = PlanBuilder.Ready();
        var initiative = plan.Objectives[1].Initiatives[1];

        var item = Add(plan, link: "https://example.org/a", supports: [initiative.Benchmarks[0].Id]);

        Assert.True(item.SupportsInitiative(initiative));
    }

    [Theory]
    [InlineData("ftp://example.org/file.pdf")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a link")]
    public void Only_http_and_https_links_are_taken(string link)
    {
        var error = Assert.Throws<DomainException>(() => Add(PlanBuilder.Ready(), link: link));

        Assert.Equal("Give the link as a web address starting with https:// or http://.", error.Message);
    }

    [Fact]
    public void An_item_has_either_files_or_a_link_not_neither_and_not_both()
    {
        var plan = PlanBuilder.Ready();
        var withoutSource = Add(plan, link: null);
        Assert.Equal("Upload at least one file, or give the link to where the evidence lives.",
            Assert.Throws<DomainException>(withoutSource.EnsureHasOneSource).Message);

        withoutSource.AttachFile("walk.pdf", "application/pdf", 120, Hash, Guid.NewGuid(), Now);
        withoutSource.EnsureHasOneSource();

        var both = Add(plan, link: "https://example.org/a");
        both.AttachFile("walk.pdf", "application/pdf", 120, Hash, Guid.NewGuid(), Now);
        Assert.Throws<DomainException>(both.EnsureHasOneSource);
    }

    [Fact]
    public void Several_files_are_attached_each_with_its_own_storage_key_and_removed_one_by_one()
    {
        var item = Add(PlanBuilder.Ready(), link: null);
        var first = item.AttachFile("walk.pdf", "application/pdf", 120, Hash, Guid.NewGuid(), Now);
        var second = item.AttachFile("walk.csv", "text/csv", 40, Hash, Guid.NewGuid(), Now);

        Assert.NotEqual(first.StorageKey, second.StorageKey);
        Assert.Same(first, item.RemoveFile(first.Id));
        Assert.Equal([second], item.Files);
        Assert.Throws<DomainException>(() => item.RemoveFile(first.Id));
    }

    [Fact]
    public void Supports_must_be_the_plans_own_initiatives_and_benchmarks()
    {
        var plan = PlanBuilder.Ready();

        Assert.Throws<DomainException>(() => Add(plan, link: "https://example.org", supports: [Guid.NewGuid()]));
        // An objective is not what evidence supports: its initiatives are.
        Assert.Throws<DomainException>(() => Add(plan, link: "https://example.org", supports: [plan.Objectives[0].Id]));
    }

    [Fact]
    public void The_date_collected_falls_within_the_plans_years_or_the_year_before()
    {
        var baseline = EvidenceItem.Add(
            PlanBuilder.Ready(), "Last spring's MCAS", EvidenceKind.DataExtract, new DateOnly(2026, 3, 1), null, "https://example.org", [], Guid.NewGuid(), "Priya Natarajan", Now);
        Assert.Equal(new DateOnly(2026, 3, 1), baseline.CollectedOn);

        var error = Assert.Throws<DomainException>(() => EvidenceItem.Add(
            PlanBuilder.Ready(), "Old survey", EvidenceKind.Survey, new DateOnly(2025, 5, 1), null, "https://example.org", [], Guid.NewGuid(), "Priya Natarajan", Now));

        Assert.StartsWith("The date collected of 1 May 2025 falls outside the plan's years", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var item = Add(PlanBuilder.Ready(), link: null);

        Assert.Equal("The file empty.txt is empty.", Assert.Throws<DomainException>(() => item.AttachFile("empty.txt", "text/plain", 0, Hash, Guid.NewGuid(), Now)).Message);
    }

    [Theory]
    [InlineData(@"C:\Users\priya\Desktop\walk.pdf", "walk.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("report<script>.pdf", "reportscript.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("  ...  ", "file")]
    [InlineData("line\nbreak.txt", "linebreak.txt")]
    public void File_names_are_cleaned_for_display(string given, string shown) => Assert.Equal(shown, EvidenceFileName.Clean(given));

    [Fact]
    public void A_long_file_name_keeps_its_extension()
    {
        var cleaned = EvidenceFileName.Clean(new string('x', 300) + ".xlsx");

        Assert.Equal(EvidenceFile.FileNameMaxLength, cleaned.Length);
        Assert.EndsWith("….xlsx", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Minutes_cite_evidence_until_they_are_final()
    {
        var minutes = Minutes.Begin(HighlightDiscussionTests.Schedule(Now.AddDays(8), reason: null), Now.AddDays(9));
        var evidence = Guid.NewGuid();

        minutes.CiteEvidence([evidence, evidence, Guid.Empty]);
        Assert.Equal([evidence], minutes.CitedEvidence);

        minutes.Write(MinutesSection.EvidenceInventory, "See the items cited.");
        minutes.SendForReview(Now.AddDays(10));
        minutes.MakeFinal("Priya Natarajan", Now.AddDays(11));
        Assert.Throws<DomainException>(() => minutes.CiteEvidence([]));
    }

    [Theory]
    [InlineData(2026, 9, 1, 2026, Quarter.SeptDec)]
    [InlineData(2027, 2, 14, 2026, Quarter.JanMarch)]
    [InlineData(2027, 6, 30, 2026, Quarter.AprilJune)]
    [InlineData(2027, 8, 1, 2026, Quarter.JulyAug)]
    public void A_date_falls_in_a_quarter_of_its_school_year(int year, int month, int day, int schoolYear, Quarter quarter) =>
        Assert.Equal(new SchoolQuarter(schoolYear, quarter), SchoolQuarter.Of(new DateOnly(year, month, day)));

    [Fact]
    public void The_plans_quarters_run_from_the_first_summer_to_the_last_and_round_trip_as_keys()
    {
        var quarters = SchoolQuarter.Within(PlanBuilder.Ready().Period);

        Assert.Equal(new SchoolQuarter(2025, Quarter.JulyAug), quarters[0]);
        Assert.Equal(new SchoolQuarter(2027, Quarter.JulyAug), quarters[^1]);
        Assert.Equal(9, quarters.Count);
        Assert.All(quarters, q => Assert.Equal(q, SchoolQuarter.Parse(q.Key)));
        Assert.Null(SchoolQuarter.Parse("2026-Spring"));
        Assert.Equal("Sept–Dec 2026–27", new SchoolQuarter(2026, Quarter.SeptDec).DisplayName);
    }

    private static EvidenceItem Add(Plan plan, string? link, IEnumerable<Guid>? supports = null) =>
        EvidenceItem.Add(plan, "  Learning-walk summary ", EvidenceKind.ObservationNotes, Collected, "Grade 3-5 walkthroughs", link, supports ?? [],
            Guid.NewGuid(), "Priya Natarajan", Now);
}
