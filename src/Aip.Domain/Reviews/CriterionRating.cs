using Aip.Domain.Common;

namespace Aip.Domain.Reviews;

/// <summary>The reviewer's rating of the plan on one rubric criterion, with the reasons; unrated until the reviewer rates it.</summary>
public sealed class CriterionRating : Entity
{
    private CriterionRating()
    {
    }

    public RubricCriterion Criterion { get; private set; }

    public RubricRating? Rating { get; private set; }

    public string? Comment { get; private set; }

    internal static CriterionRating Unrated(RubricCriterion criterion) => new() { Criterion = criterion };

    internal void Update(RubricRating? rating, string? comment) => (Rating, Comment) = (rating, comment);
}
