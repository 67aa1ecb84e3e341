namespace Aip.Domain.Plans;

/// <summary>Something the district puts in order (objectives, initiatives). Implemented explicitly, so only the domain re-ranks.</summary>
internal interface IRanked
{
    int Rank { get; set; }
}
