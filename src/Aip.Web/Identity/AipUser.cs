using Aip.Domain.People;
using Microsoft.AspNetCore.Identity;

namespace Aip.Web.Identity;

/// <summary>
/// A person who signs in. The role is a column rather than Identity's role tables because every account
/// has exactly one role; <see cref="AipClaimsPrincipalFactory"/> turns it into a role claim.
/// </summary>
public sealed class AipUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 200;

    public AipUser()
    {
        Id = Guid.NewGuid();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = string.Empty;

    public Role Role { get; set; }

    /// <summary>The district of a Superintendent or Plan Manager; null for monitors and ESE staff.</summary>
    public Guid? DistrictId { get; set; }

    /// <summary>A deactivated account cannot sign in, and its existing sessions end at the next check.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// One mail a day listing the notifications since the last (<see cref="Aip.Domain.Notifications.NotificationDigest"/>)
    /// instead of a mail per notice; off by default. The person chooses it on their account page.
    /// </summary>
    public bool DailyDigest { get; set; }
}
