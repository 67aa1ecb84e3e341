using Aip.Domain.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Aip.Web.Authorization;

/// <summary>Policy names: the one place the app says which roles may reach a kind of screen.</summary>
public static class Policies
{
    public const string EseStaff = nameof(EseStaff);

    public static IServiceCollection AddAipAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            // Every endpoint needs a signed-in user unless it says [AllowAnonymous].
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(EseStaff, policy => policy.RequireRole(nameof(Role.EseStaff)));
        services.AddScoped<Accessors>();
        services.AddScoped<IAuthorizationHandler, DistrictAccessHandler>();
        services.AddScoped<IAuthorizationHandler, PlanAccessHandler>();
        services.AddScoped<IAuthorizationHandler, ReviewAccessHandler>();
        services.AddScoped<IAuthorizationHandler, MonitoringAccessHandler>();
        services.AddScoped<IAuthorizationHandler, ReportAccessHandler>();
        services.AddScoped<IAuthorizationHandler, ExitAccessHandler>();
        return services;
    }
}

/// <summary>Operations checked against a <see cref="DistrictResource"/>.</summary>
public static class DistrictOperations
{
    public static OperationAuthorizationRequirement Read { get; } = new() { Name = nameof(DistrictOperation.Read) };

    public static OperationAuthorizationRequirement Change { get; } = new() { Name = nameof(DistrictOperation.Change) };
}

/// <summary>Anything that belongs to a district is authorized through the district it belongs to.</summary>
public sealed record DistrictResource(Guid DistrictId);
