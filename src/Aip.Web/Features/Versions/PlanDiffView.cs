using Aip.Domain.Versions;

namespace Aip.Web.Features.Versions;

/// <summary>What the side-by-side partial shows: the diff and the names of its two columns ("Version 1, approved 3 March 2027").</summary>
public sealed record PlanDiffView(string OlderLabel, string NewerLabel, PlanDiff Diff);
