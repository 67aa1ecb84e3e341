using Microsoft.Extensions.Options;

namespace Aip.Web.Infrastructure.Mail;

/// <summary>
/// Binds the <c>Mail</c> section and refuses to start without <see cref="MailOptions.LinkOrigin"/>: a reset link built from
/// a request's Host header would let anyone who types a victim's address receive the victim's link (Development sets it in
/// appsettings.Development.json).
/// </summary>
public static class MailOptionsValidation
{
    public const string LinkOriginMissing =
        "Mail:LinkOrigin must be the absolute http(s) address people reach AIP at, e.g. https://aip.example.org: " +
        "links in mails are built from it, never from the request.";

    public const string LinkOriginNotHttps =
        "Mail:LinkOrigin must be an https address outside Development (http only for this machine itself): reset and " +
        "invitation links carry a token that must not travel in clear text.";

    public static IServiceCollection AddAipMailOptions(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => o.LinkOrigin is { IsAbsoluteUri: true, Scheme: "https" or "http", Query: "", Fragment: "" }, LinkOriginMissing)
            .Validate(o => o.LinkOrigin is not { Scheme: "http" } origin || origin.IsLoopback || environment.IsDevelopment(), LinkOriginNotHttps)
            .ValidateOnStart();
        return services;
    }
}
