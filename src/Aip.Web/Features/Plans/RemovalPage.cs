using Aip.Domain.Plans;

namespace Aip.Web.Features.Plans;

/// <summary>The page that asks before a part of the plan is removed: what goes with it, the plan's revision it showed, the way back.</summary>
public sealed record RemovalPage(PlanHeader Plan, Removal Removal, Guid Revision, string Back);
