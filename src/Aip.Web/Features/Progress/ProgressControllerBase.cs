using Aip.Domain.Common;
using Aip.Web.Features.Monitoring;
using Aip.Web.Features.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Progress;

/// <summary>What the progress forms share: a record is made the first time and changed in place afterwards.</summary>
public abstract class ProgressControllerBase(PlanStore store, IAuthorizationService authorization) : MonitoringControllerBase(store, authorization)
{
    /// <summary>
    /// Adds the record <paramref name="create"/> makes when there is none yet, else applies <paramref name="change"/> to the
    /// one there is, as of the <paramref name="version"/> the form was showing (a newer one is refused with the input kept).
    /// </summary>
    protected Task<IActionResult> RecordAsync<T>(
        DbSet<T> records, T? existing, Guid? version, Func<T> create, Action<T> change, Func<Task<IActionResult>> redisplay, Func<IActionResult> done)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(change);
        return RunAsync(
            () =>
            {
                if (existing is null)
                {
                    records.Add(create());
                }
                else
                {
                    change(existing);
                }

                return Store.SaveAsync();
            },
            redisplay,
            done,
            existing is null ? null : (existing, version ?? Guid.Empty));
    }

    protected RedirectResult Done(string url, string message)
    {
        TempData["Message"] = message;
        return Redirect(url);
    }
}
