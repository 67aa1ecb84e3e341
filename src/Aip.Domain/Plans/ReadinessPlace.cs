namespace Aip.Domain.Plans;

/// <summary>
/// Where to fix a readiness item: an area, and the id of the objective, initiative, benchmark, activity or final
/// outcome when it is about one of them (null when it is about the area as a whole, such as "too few objectives").
/// </summary>
public sealed record ReadinessPlace(ReadinessArea Area, Guid? Id = null);
