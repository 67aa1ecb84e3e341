using Aip.Domain.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Aip.Web.Data;

/// <summary>
/// Tells the domain when EF builds an <see cref="Entity"/> from a row, so that the entity does not generate a key and a
/// concurrency token that EF overwrites at once with the stored ones (two random-number system calls per entity, about a
/// tenth of a plan page). EF constructs an instance synchronously on one thread between these two calls; the entity's
/// constructor takes the signal, and the second call clears it whatever was built (an account, an audit entry).
/// </summary>
internal sealed class StoredEntities : IMaterializationInterceptor
{
    public static readonly StoredEntities Instance = new();

    private StoredEntities()
    {
    }

    public InterceptionResult<object> CreatingInstance(MaterializationInterceptionData materializationData, InterceptionResult<object> result)
    {
        Entity.BeginLoading();
        return result;
    }

    public object CreatedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        Entity.EndLoading();
        return entity;
    }
}
