using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Aip.Web.Identity;

/// <summary>The <c>RateLimits</c> section: how many account attempts (sign-in, second factor, password reset) are allowed.</summary>
public sealed class AccountRateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Attempts from one network address in <see cref="Window"/>, on all account endpoints together.</summary>
    public int PerAddress { get; set; } = 30;

    /// <summary>Attempts on one account (by the address typed) in <see cref="Window"/>, from anywhere.</summary>
    public int PerAccount { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Limits on the endpoints a stranger can reach (sign-in, second factor, forgot and reset password, invitation links):
/// per network address by ASP.NET Core's rate limiter (<see cref="Policy"/>) and per account by <see cref="AccountThrottle"/>.
/// Beyond a limit the answer is 429 with <c>Retry-After</c>, shown as a readable page.
/// </summary>
public static class AccountRateLimits
{
    public const string Policy = "account";

    public static IServiceCollection AddAipAccountRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(AccountRateLimitOptions.Section).Get<AccountRateLimitOptions>() ?? new();
        services.AddSingleton(new AccountThrottle(limits));
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => Window(limits.PerAddress, limits.Window)));
            options.OnRejected = (context, _) =>
            {
                // Only the window limiters say when to come back; the PDF queue's refusal stays a 503 "busy".
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    TooManyAttempts(context.HttpContext.Response, retryAfter);
                }

                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>Answers 429 with the wait in whole seconds; the status-code page explains it.</summary>
    public static void TooManyAttempts(HttpResponse response, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A fixed window: its refusals say when it opens again (Retry-After), which a sliding window's do not.</summary>
    internal static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

/// <summary>
/// Counts attempts per account (the email address typed, normalized), wherever they come from: a guesser spread over many
/// addresses is slowed down before the lockout, and cannot keep an account locked by more than this rate allows.
/// </summary>
public sealed class AccountThrottle(AccountRateLimitOptions limits) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => AccountRateLimits.Window(limits.PerAccount, limits.Window)));

    /// <summary>Takes one attempt for <paramref name="account"/>; null when allowed, else how long to wait.</summary>
    public TimeSpan? Attempt(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        // Compatibility-normalized: a Kelvin sign or full-width letters that find the same account (Identity normalizes,
        // SQL Server's collation ignores width) count against the same limit.
        using var lease = _limiter.AttemptAcquire(account.Trim().Normalize(System.Text.NormalizationForm.FormKC).ToUpperInvariant());
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limits.Window;
    }

    public void Dispose() => _limiter.Dispose();
}
