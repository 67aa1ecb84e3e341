using System.Collections.Concurrent;
using System.Net;
using OtpNet;

namespace Aip.Testing;

/// <summary>
/// The authenticator app of the test accounts whose roles need a second factor (they all use the demo key), computed by
/// Otp.NET rather than by the app's own code. Each code works once, so codes are handed out one step after another per
/// account (waiting for the next 30-second step when two have been used); a computer remembered after a second factor
/// is remembered per account, as a person's browser would.
/// </summary>
public sealed class Authenticator
{
    public const string DemoKey = "AIPDEMOAIPDEMOAIPDEMOAIPDEMOAIPD";

    private readonly ConcurrentDictionary<string, long> _lastStep = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Cookie> _remembered = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The code for <paramref name="at"/> with <paramref name="key"/>, as any authenticator app shows it.</summary>
    public static string CodeAt(DateTimeOffset at, string key = DemoKey) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(at.UtcDateTime);

    /// <summary>A code the app has not seen yet for <paramref name="email"/>.</summary>
    public async Task<string> NextCodeAsync(string email)
    {
        while (true)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
            var last = _lastStep.GetOrAdd(email, long.MinValue);
            // Never the previous step's code: on a busy machine it may have left the app's window (one step either way)
            // by the time the app checks it. The current and the next step's codes stay valid for at least 30 seconds.
            var step = Math.Max(now, last + 1);
            if (step <= now + 1 && _lastStep.TryUpdate(email, step, last))
            {
                return CodeAt(DateTimeOffset.FromUnixTimeSeconds(step * 30));
            }

            if (step > now + 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(30 - (DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 30) + 1));
            }
        }
    }

    public Cookie? RememberedComputer(string email) => _remembered.TryGetValue(email, out var cookie) ? cookie : null;

    public void Remember(string email, Cookie cookie) => _remembered[email] = cookie;
}
