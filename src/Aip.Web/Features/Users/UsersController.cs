using Aip.Domain.People;
using Aip.Web.Authorization;
using Aip.Web.Data;
using Aip.Web.Features.Account;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Features.Users;

public sealed record UserRow(
    Guid Id, string DisplayName, string Email, Role Role, string? District, bool IsActive, bool HasPassword, bool IsLockedOut, bool HasSecondFactor);

/// <summary>ESE staff manage the accounts: no one registers themselves.</summary>
[Authorize(Policies.EseStaff)]
[Route("users")]
public sealed class UsersController(
    AipDbContext db, UserManager<AipUser> users, IValidator<UserForm> validator, PasswordLinks passwordLinks, TimeProvider clock)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var now = clock.GetUtcNow();
        var rows = await db.Users
            .OrderBy(u => u.DisplayName)
            .Select(u => new UserRow(
                u.Id, u.DisplayName, u.Email!, u.Role,
                db.Districts.Where(d => d.Id == u.DistrictId).Select(d => d.Name).FirstOrDefault(),
                u.IsActive, u.PasswordHash != null, u.LockoutEnd != null && u.LockoutEnd > now, u.TwoFactorEnabled))
            .ToListAsync();
        return View(rows);
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() => await Editor(new UserForm(), null);

    [HttpPost("create")]
    [OneTimeForm]
    public async Task<IActionResult> Create(UserForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await IsValidAsync(form, null))
        {
            return await Editor(form, null);
        }

        var email = form.Email!.Trim();
        var user = new AipUser
        {
            UserName = email,
            Email = email,
            DisplayName = form.DisplayName!.Trim(),
            Role = form.Role!.Value,
            DistrictId = form.DistrictId,
            CreatedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return await Editor(form, null);
        }

        await passwordLinks.SendInvitationAsync(user);
        TempData["Message"] = $"{user.DisplayName} has been added and an invitation has been sent to {email}.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id) =>
        await db.Users.FindAsync(id) is { } user ? await Editor(UserForm.From(user), user.DisplayName) : NotFound();

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, UserForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await db.Users.FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!await IsValidAsync(form, id))
        {
            return await Editor(form, user.DisplayName);
        }

        // The account is saved like every other record: against the version the editor started from, audited.
        db.ExpectVersion(user, form.ConcurrencyStamp);
        Apply(form, user);
        if (!await db.SaveUnlessConflictAsync())
        {
            return await Conflict(form, await db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        }

        TempData["Message"] = $"{user.DisplayName} has been saved.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The form's values on the account; a new role or district also ends the person's sessions at the next check.</summary>
    private void Apply(UserForm form, AipUser user)
    {
        var email = form.Email!.Trim();
        if (user.Role == Role.PlanMonitor && form.Role != Role.PlanMonitor)
        {
            db.MonitorAssignments.RemoveRange(db.MonitorAssignments.Where(a => a.MonitorId == user.Id));
        }

        if (user.Role != form.Role || user.DistrictId != form.DistrictId)
        {
            user.SecurityStamp = Guid.NewGuid().ToString();
        }

        (user.DisplayName, user.Email, user.UserName, user.Role, user.DistrictId) =
            (form.DisplayName!.Trim(), email, email, form.Role!.Value, form.DistrictId);
        (user.NormalizedEmail, user.NormalizedUserName) = (users.NormalizeEmail(email), users.NormalizeName(email));
    }

    [HttpPost("{id:guid}/deactivate")]
    public Task<IActionResult> Deactivate(Guid id) => SetActive(id, active: false);

    [HttpPost("{id:guid}/reactivate")]
    public Task<IActionResult> Reactivate(Guid id) => SetActive(id, active: true);

    /// <summary>Someone who never chose a password gets a new invitation; anyone else a reset link.</summary>
    [HttpPost("{id:guid}/password-link")]
    public async Task<IActionResult> SendPasswordLink(Guid id)
    {
        var user = await db.Users.FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!user.IsActive)
        {
            TempData["Message"] = $"{user.DisplayName}'s account is deactivated; reactivate it before sending a password link.";
        }
        else if (user.PasswordHash is null)
        {
            await passwordLinks.SendInvitationAsync(user);
            TempData["Message"] = $"A new invitation has been sent to {user.Email}.";
        }
        else
        {
            await passwordLinks.SendResetAsync(user);
            TempData["Message"] = $"A password reset link has been sent to {user.Email}.";
        }

        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// For someone who lost their phone and their recovery codes: the app and the codes stop working, every session and
    /// "remembered computer" ends (new security stamp), and the person sets a new app up at the next sign-in.
    /// </summary>
    [HttpPost("{id:guid}/second-factor/reset")]
    public async Task<IActionResult> ResetSecondFactor(Guid id)
    {
        var user = await db.Users.FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!user.TwoFactorEnabled)
        {
            TempData["Message"] = $"{user.DisplayName} has no second factor to reset.";
            return RedirectToAction(nameof(Index));
        }

        // One transaction: the app's key, the recovery codes and the switch go together, or not at all.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.RemoveAuthenticationTokenAsync(user, AuthenticatorKeyStore.Provider, AuthenticatorKeyStore.Name);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            await transaction.CommitAsync();
        }
        TempData["Message"] = $"{user.DisplayName}'s second factor has been reset and their sessions ended. They set up their app again when they next sign in.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SetActive(Guid id, bool active)
    {
        var user = await db.Users.FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!active && user.Id == User.UserId())
        {
            TempData["Message"] = "You cannot deactivate your own account.";
            return RedirectToAction(nameof(Index));
        }

        user.IsActive = active;
        // Rotating the stamp ends the person's existing sessions at the next check.
        user.SecurityStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync();

        TempData["Message"] = active ? $"{user.DisplayName} can sign in again." : $"{user.DisplayName} has been deactivated and signed out.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<bool> IsValidAsync(UserForm form, Guid? id)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return false;
        }

        if (form.DistrictId is { } districtId && !await db.Districts.AnyAsync(d => d.Id == districtId))
        {
            ModelState.AddModelError(nameof(form.DistrictId), "Choose one of the listed districts.");
        }

        var normalized = users.NormalizeEmail(form.Email!.Trim());
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized && u.Id != id))
        {
            ModelState.AddModelError(nameof(form.Email), "Another account already uses this email address.");
        }

        return ModelState.IsValid;
    }

    private async Task<ViewResult> Conflict(UserForm form, AipUser current)
    {
        ModelState.Remove(nameof(form.ConcurrencyStamp));
        form.ConcurrencyStamp = current.ConcurrencyStamp;
        ModelState.AddModelError(string.Empty,
            $"Someone else saved this account while you were editing. It is now: {current.DisplayName}, {current.Email}, " +
            $"{current.Role.DisplayName()}. Your changes are below and have not been saved; save again to replace theirs.");
        return await Editor(form, current.DisplayName);
    }

    private void AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error.Description);
        }
    }

    private async Task<ViewResult> Editor(UserForm form, string? current)
    {
        form.CurrentName = current;
        form.Roles = RoleFacts.All.Select(r => new SelectListItem(r.DisplayName(), r.ToString())).ToList();
        form.Districts = await db.Districts.OrderBy(d => d.Name).Select(d => new SelectListItem(d.Name, d.Id.ToString())).ToListAsync();
        return View("Editor", form);
    }
}
