namespace Aip.Domain.Plans;

/// <summary>A rule a benchmark does not meet, with a message telling the district what to do about it.</summary>
public sealed record SmartFinding(SmartRule Rule, string Message);
