using Aip.Documents;
using Aip.Domain.Common;
using Aip.Domain.Monitoring;
using Aip.Web.Features.Monitoring;

namespace Aip.Web.Features.Documents;

/// <summary>What the Minutes PDF names besides the Minutes themselves.</summary>
public sealed record MinutesDocumentInfo(
    string DistrictName, string PlanTitle, HighlightDiscussion Discussion, DateOnly? NextDiscussion, IReadOnlyList<PlanItem> Items,
    IReadOnlyList<Risk> Risks, IReadOnlyDictionary<int, string> Amendments, DateOnly PrintedOn)
{
    /// <summary>Section 1a: the evidence items the Minutes cite, by initiative.</summary>
    public IReadOnlyList<Evidence.EvidenceGroup> Evidence { get; init; } = [];
}

/// <summary>
/// The Minutes of a Highlight Discussion as Appendix F lays them out: the header (District, Highlight Discussion date,
/// Meeting participants, Submitted by, Date of next Highlight Discussion), the numbered sections in the template's words,
/// the risk register as of the meeting, the reviewers' comments and ESE's questions with their answers, and the addenda.
/// </summary>
public static class MinutesDocument
{
    public const string Title = "Highlight Discussion Minutes";

    public static DocumentSpec Compose(Minutes minutes, MinutesDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        ArgumentNullException.ThrowIfNull(info);
        var stage = minutes.Stage == MinutesStage.Final ? "Final" : minutes.Stage.DisplayName();
        return new DocumentSpec
        {
            Title = $"{Title}: {info.DistrictName}, {Dates.Display(minutes.DiscussionDay)}",
            Author = minutes.SubmittedByName ?? info.DistrictName,
            Subject = $"Minutes of the Highlight Discussion of {Dates.Display(minutes.DiscussionDay)} — {info.PlanTitle}",
            Header = new PageHeader(info.DistrictName, $"{Title}, {Dates.Display(minutes.DiscussionDay)} ({stage})", Dates.Display(info.PrintedOn)),
            Blocks = [.. Header(minutes, info, stage), .. Sections(minutes, info), .. Comments(minutes), .. Addenda(minutes)],
        };
    }

    private static IEnumerable<Block> Header(Minutes minutes, MinutesDocumentInfo info, string stage)
    {
        yield return new Heading(Title);
        yield return new DefinitionList(
        [
            new Definition("District", info.DistrictName),
            new Definition("Highlight Discussion date", Dates.DisplayWithTime(info.Discussion.StartsAt)),
            new Definition("Meeting participants", string.Join("; ", info.Discussion.Participants.Select(p => $"{p.Name}, {p.Role}"))),
            new Definition("Submitted by", minutes.SubmittedByName is { } by ? $"{by}, {Dates.Display(minutes.FinalOn!.Value)}" : $"Not yet final ({stage})"),
            new Definition("Date of next Highlight Discussion", info.NextDiscussion is { } next ? Dates.Display(next) : "Not scheduled yet"),
        ]);
    }

    private static IEnumerable<Block> Sections(Minutes minutes, MinutesDocumentInfo info)
    {
        foreach (var section in MinutesSections.All)
        {
            yield return new Heading($"{section.Number()} {section.Title()}", Level: 2);
            var paragraphs = DocumentText.Paragraphs(minutes.Section(section));
            if (paragraphs.Count == 0)
            {
                yield return new Paragraph(DocumentText.NotGiven, TextStyle.Italic);
            }

            foreach (var paragraph in paragraphs)
            {
                yield return new Paragraph(paragraph);
            }

            switch (section)
            {
                case MinutesSection.Accomplishments when minutes.DiscussedItems.Count > 0:
                    yield return new Paragraph("Plan items discussed", TextStyle.Bold);
                    yield return new Paragraph(string.Join("\n", minutes.DiscussedItems.Select(id => "• " + info.Items.Label(id))), TextStyle.Small);
                    break;
                case MinutesSection.EvidenceInventory when info.Evidence.Count > 0:
                    yield return new Paragraph("Evidence cited, by initiative", TextStyle.Bold);
                    foreach (var group in info.Evidence)
                    {
                        yield return new Paragraph(group.Initiative, TextStyle.Small);
                        yield return new Paragraph(string.Join("\n", group.Items.Select(e =>
                            $"• {e.Title} ({e.Kind.DisplayName()}, collected {Dates.Display(e.CollectedOn)})")), TextStyle.Small);
                    }

                    break;
                case MinutesSection.Risks when info.Risks.Count > 0:
                    yield return new Table(
                        [new TableColumn("Risk", 3), new TableColumn("Mitigation plan", 4), new TableColumn("Owner", 1.6), new TableColumn("Status", 1.6)],
                        [.. info.Risks.Select(r => (IReadOnlyList<string>)
                            [r.Description, r.Mitigation, r.Owner, RiskStatus(r, minutes.DiscussionDay)])]);
                    break;
                case MinutesSection.Modifications when minutes.LinkedAmendments.Count > 0:
                    yield return new Paragraph(string.Join("\n", minutes.LinkedAmendments.Select(n =>
                        $"• Amendment {n}{(info.Amendments.TryGetValue(n, out var reason) ? ": " + reason : string.Empty)}")), TextStyle.Small);
                    break;
            }
        }
    }

    /// <summary>Where a risk stood at the discussion: closed there, open then and closed since, or open with its latest note.</summary>
    private static string RiskStatus(Risk risk, DateOnly day) => risk.ClosedOn switch
    {
        { } closed when closed == day => "Closed at this discussion: " + risk.StatusNote,
        { } closed => $"Open; closed on {Dates.Display(closed)}",
        _ => risk.StatusNote ?? "Open",
    };

    private static IEnumerable<Block> Comments(Minutes minutes)
    {
        if (minutes.Comments.Count == 0)
        {
            yield break;
        }

        yield return new Heading("Comments and questions", Level: 2);
        yield return new Table(
            [new TableColumn("Section", 1.3), new TableColumn("From", 2), new TableColumn("Comment or question", 4), new TableColumn("Resolution or answer", 4)],
            [.. minutes.Comments.OrderBy(c => c.Section).ThenBy(c => c.At).Select(c => (IReadOnlyList<string>)
            [
                c.Section.Number(),
                $"{c.AuthorName}{(c.Kind == MinutesCommentKind.EseQuestion ? " (ESE)" : string.Empty)}, {Dates.Display(c.At)}",
                c.Text,
                c.Resolution ?? "Open",
            ])]);
    }

    private static IEnumerable<Block> Addenda(Minutes minutes)
    {
        if (minutes.Addenda.Count == 0)
        {
            yield break;
        }

        yield return new Heading("Addenda", Level: 2);
        foreach (var addendum in minutes.Addenda)
        {
            yield return new Paragraph($"{Dates.DisplayWithTime(addendum.At)}, {addendum.ByName}", TextStyle.Bold);
            yield return new Paragraph(addendum.Text);
        }
    }
}
