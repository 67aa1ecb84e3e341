using Aip.Web.Data;
using Aip.Web.Identity;
using Aip.Web.Infrastructure.Mail;
using Aip.Web.Infrastructure.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Aip.Web.Features.Account;

/// <summary>
/// Mails the links that let a person choose a password: the invitation for a new account and the reset for
/// a forgotten one. Both carry an Identity password-reset token (valid three days) and go out through the outbox.
/// </summary>
public sealed class PasswordLinks(
    UserManager<AipUser> users, AipDbContext db, TimeProvider clock, IOptions<MailOptions> mailOptions, LinkGenerator links)
{
    public Task SendInvitationAsync(AipUser user) =>
        SendAsync(user, "Your AIP account", link =>
            $"""
            Hello {user.DisplayName},

            ESE staff have created an account for you in AIP, the Accelerated Improvement Plan application.
            Choose your password with this link (it works for three days):

            {link}

            Then sign in with this email address.
            """);

    public Task SendResetAsync(AipUser user) =>
        SendAsync(user, "Reset your AIP password", link =>
            $"""
            Hello {user.DisplayName},

            Someone asked to reset the password of your AIP account. If it was you, choose a new password
            with this link (it works for three days):

            {link}

            If it was not you, ignore this message: your password has not changed.
            """);

    private async Task SendAsync(AipUser user, string subject, Func<string, string> body)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        // App-relative (no path base): the configured origin says where the app lives, the request never does.
        var path = links.GetPathByAction(nameof(AccountController.ResetPassword), "Account", new { userId = user.Id, token })
            ?? throw new InvalidOperationException("No route to the reset-password page.");
        var link = mailOptions.Value.Absolute(path);
        // Through the outbox: the answer does not wait for the mail server, and a server that is down loses nothing.
        db.OutboxMessages.Add(OutboxMessage.Mail(user.Email!, subject, body(link), clock.GetUtcNow()));
        await db.SaveChangesAsync();
    }
}
