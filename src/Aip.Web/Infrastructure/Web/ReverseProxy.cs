using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Aip.Web.Infrastructure.Web;

/// <summary>The <c>ReverseProxy</c> section: which proxies in front of AIP are trusted to report the client.</summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of the proxies (e.g. 10.0.0.5); their X-Forwarded-For/-Proto/-Host headers are believed.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation (e.g. 172.16.0.0/12 for a Docker network).</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>The HTTPS port clients use, for redirects from http (443 unless a test says otherwise).</summary>
    public int HttpsPort { get; set; } = 443;
}

/// <summary>
/// Behind a TLS-terminating proxy, the app sees the proxy's address and plain http. <c>UseForwardedHeaders</c> takes the
/// client's address, scheme and host from the headers, but only from the proxies configured here (loopback always), so a
/// client cannot forge them; HTTPS redirection and HSTS then see the request as the client made it.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddAipReverseProxy(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var proxy = configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.ForwardLimit = 1;
            foreach (var address in proxy.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHttpsRedirection(options => options.HttpsPort = proxy.HttpsPort);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = !environment.IsDevelopment();
        });
        return services;
    }
}
