using Aip.Domain.Districts;
using Aip.Domain.People;
using Aip.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Data;

/// <summary>
/// Fictional demo districts and accounts for Development (README lists them). Seeding runs once: it does
/// nothing when any district already exists.
/// </summary>
public sealed class DemoData(AipDbContext db, UserManager<AipUser> users, TimeProvider clock)
{
    public const string Password = "demo-password-2026";

    /// <summary>
    /// The authenticator key of the demo ESE and monitor accounts, whose roles need a second factor: add it to an
    /// authenticator app, or read the code off the sign-in page, which shows it for demo accounts in Development only.
    /// </summary>
    public const string AuthenticatorKey = "AIPDEMOAIPDEMOAIPDEMOAIPDEMOAIPD";

    public const string RivertonCode = "RIV";
    public const string LakesideCode = "LAK";
    public const int DemoPlanFirstSchoolYear = 2026;

    public async Task SeedAsync()
    {
        if (await db.Districts.AnyAsync())
        {
            return;
        }

        var riverton = District.Create("Riverton Public Schools", RivertonCode, 4,
            "Fictional demo district. Entered Level 4 after its District Review; the Accelerated Improvement Plan covers two school years.");
        var lakeside = District.Create("Lakeside Regional School District", LakesideCode, 4,
            "Fictional demo district used to show that district people see only their own district.");
        db.Districts.AddRange(riverton, lakeside);
        await db.SaveChangesAsync();

        await AddAsync("ese@demo.test", "Dana Whitfield", Role.EseStaff, null);
        var monitor = await AddAsync("monitor@demo.test", "Marcus Oyelaran", Role.PlanMonitor, null);
        await AddAsync("superintendent@demo.test", "Dr. Elena Marquez", Role.Superintendent, riverton.Id);
        await AddAsync("manager@demo.test", "Priya Natarajan", Role.PlanManager, riverton.Id);
        await AddAsync("superintendent2@demo.test", "Thomas Byrne", Role.Superintendent, lakeside.Id);

        db.MonitorAssignments.Add(new MonitorAssignment(monitor.Id, riverton.Id, clock.GetUtcNow()));
        // One complete, realistic (fictional) plan, so that every screen has something to show.
        db.Plans.Add(DemoPlan.Build(riverton.Id, DemoPlanFirstSchoolYear));
        await db.SaveChangesAsync();
    }

    private async Task<AipUser> AddAsync(string email, string name, Role role, Guid? districtId)
    {
        var user = new AipUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            Role = role,
            DistrictId = districtId,
            CreatedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        if (role.NeedsSecondFactor())
        {
            await users.SetAuthenticationTokenAsync(user, AuthenticatorKeyStore.Provider, AuthenticatorKeyStore.Name, AuthenticatorKey);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return user;
    }
}
