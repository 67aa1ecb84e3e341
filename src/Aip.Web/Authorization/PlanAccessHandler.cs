using Aip.Domain.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Aip.Web.Authorization;

/// <summary>A plan is authorized through its district and whether its workflow lets it change now.</summary>
public sealed record PlanResource(Guid DistrictId, bool IsEditable)
{
    public static PlanResource Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.DistrictId, plan.IsEditable);
    }

    /// <summary>A plan not written yet: whoever may edit a draft in the district may start one.</summary>
    public static PlanResource NewIn(Guid districtId) => new(districtId, IsEditable: true);
}

/// <summary>Operations checked against a <see cref="PlanResource"/>.</summary>
public static class PlanOperations
{
    public static OperationAuthorizationRequirement Read { get; } = new() { Name = nameof(PlanOperation.Read) };

    public static OperationAuthorizationRequirement Edit { get; } = new() { Name = nameof(PlanOperation.Edit) };

    public static OperationAuthorizationRequirement Steer { get; } = new() { Name = nameof(PlanOperation.Steer) };

    public static OperationAuthorizationRequirement Review { get; } = new() { Name = nameof(PlanOperation.Review) };

    public static OperationAuthorizationRequirement For(PlanOperation operation) => operation switch
    {
        PlanOperation.Read => Read,
        PlanOperation.Edit => Edit,
        PlanOperation.Steer => Steer,
        PlanOperation.Review => Review,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}

/// <summary>Applies the domain rule <see cref="PlanAccess"/>.</summary>
public sealed class PlanAccessHandler(Accessors accessors) : AuthorizationHandler<OperationAuthorizationRequirement, PlanResource>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PlanResource resource)
    {
        if (Enum.TryParse<PlanOperation>(requirement.Name, out var operation)
            && await accessors.OfAsync(context.User) is { } accessor
            && PlanAccess.Allows(accessor, resource.DistrictId, resource.IsEditable, operation))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>One ESE review of a plan, authorized through the plan's district and whether the review is decided.</summary>
public sealed record ReviewResource(Guid DistrictId, bool IsDecided);

/// <summary>Reading a review (its page, its PDF, its comments shown in place).</summary>
public static class ReviewOperations
{
    public static OperationAuthorizationRequirement Read { get; } = new() { Name = "ReadReview" };
}

/// <summary>Applies the domain rule <see cref="PlanAccess.AllowsReview"/>.</summary>
public sealed class ReviewAccessHandler(Accessors accessors) : AuthorizationHandler<OperationAuthorizationRequirement, ReviewResource>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ReviewResource resource)
    {
        if (requirement == ReviewOperations.Read
            && await accessors.OfAsync(context.User) is { } accessor
            && PlanAccess.AllowsReview(accessor, resource.DistrictId, resource.IsDecided))
        {
            context.Succeed(requirement);
        }
    }
}
