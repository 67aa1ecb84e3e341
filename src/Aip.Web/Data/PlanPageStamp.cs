namespace Aip.Web.Data;

/// <summary>
/// A value that moves whenever anything a plan's pages show changes: the plan and its items, ESE's reviews, ratings and
/// comments on it, its self-assessment, amendments and versions, its district's name and District Review findings. Moved
/// by the save pipeline in the same transaction as the change, so a page read under one stamp shows what was saved under
/// it, on any number of app instances. A page whose rendering depends on nothing else than these records and the reader
/// can be rendered once per stamp and reader and reused (<see cref="Infrastructure.Web.PageBodies"/>). A row of its own,
/// not a column of the plan: it moves with review records that must not put out an editor of the plan, and it carries no
/// concurrency check (two saves that move it both leave a value the pages have not seen).
/// </summary>
public sealed class PlanPageStamp
{
    public Guid PlanId { get; init; }

    public Guid Stamp { get; set; }
}
