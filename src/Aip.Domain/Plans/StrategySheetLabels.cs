namespace Aip.Domain.Plans;

/// <summary>
/// The Initiative Strategy Sheet's parts, in the ESE template's own letters and words (Appendix C): the screens, the
/// forms and the PDF all label them from here, so a district reads on screen what it will print and what ESE expects.
/// </summary>
public static class StrategySheetLabels
{
    public const string Objective = "A. District Strategic Objective";
    public const string ObjectiveLead = "B. Overall Lead for this Objective (one person)";
    public const string Initiative = "C. Initiative Number and Description";
    public const string InitiativeLead = "D. Lead for this Initiative (one person)";
    public const string ShortTermOutcomes = "E. Short-term outcomes for the Initiative, with dates/frequency for each";
    public const string EarlyEvidence = "F. What are the key indicators for this Initiative to show early evidence of change? By when?";
    public const string KeyResources = "G. Key resources (e.g., other leaders/supporters of the Initiative, funds, external partners, time, staffing, materials)";
    public const string Activities = "H. Activities to Achieve the Outcomes for the Initiative (Action Steps)";
    public const string WhoLeads = "I. Who will Lead?";
    public const string Start = "J. When will it Start?";
    public const string Complete = "K. When will it be Complete?";

    public static string For(BenchmarkKind kind) => kind == BenchmarkKind.ShortTermOutcome ? ShortTermOutcomes : EarlyEvidence;
}
