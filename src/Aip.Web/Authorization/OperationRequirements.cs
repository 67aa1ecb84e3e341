using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Aip.Web.Authorization;

/// <summary>
/// One authorization requirement per value of a domain's operation enum, named with a prefix so that each resource
/// handler recognises its own operations (and leaves the others to their handlers).
/// </summary>
internal sealed class OperationRequirements<TOperation>(string prefix)
    where TOperation : struct, Enum
{
    private readonly Dictionary<TOperation, OperationAuthorizationRequirement> _requirements =
        Enum.GetValues<TOperation>().ToDictionary(o => o, o => new OperationAuthorizationRequirement { Name = prefix + o });

    public OperationAuthorizationRequirement For(TOperation operation) => _requirements[operation];

    public TOperation? Of(OperationAuthorizationRequirement requirement) =>
        requirement.Name.StartsWith(prefix, StringComparison.Ordinal) && Enum.TryParse<TOperation>(requirement.Name[prefix.Length..], out var operation)
            ? operation
            : null;
}
